import { readdirSync, readFileSync } from 'node:fs';

/** What a process and the processes it started used, sampled while they ran. */
export interface ProcessUsage {
	/** The highest resident memory of all of them at once, in bytes. */
	peakMemoryBytes: number;
	/**
	 * CPU time, user and system, of every process seen. Unlike wall time it barely moves when
	 * other work shares the machine, so builds on a busy machine can still be compared.
	 */
	cpuMs: number;
}

/** Linux counts CPU time in /proc in ticks of 1/100 s (USER_HZ) on every common platform. */
const TICKS_PER_SECOND = 100;

/**
 * Samples a process and everything it starts (Pagefind runs as its own binary) through /proc,
 * so it measures on Linux only and reports nothing elsewhere. Anything shorter than the
 * interval can slip between two samples: a brief memory spike, or the last CPU time of a child
 * that exits just after a sample.
 */
export class ProcessSampler {
	#peak = 0;
	readonly #ticks = new Map<number, number>();
	readonly #timer: NodeJS.Timeout | undefined;

	constructor(pid: number, intervalMs = 50) {
		if (!readStatus(process.pid)) return;
		this.#timer = setInterval(() => this.#sample(pid), intervalMs);
	}

	#sample(pid: number) {
		let memory = 0;
		for (const id of processTree(pid)) {
			memory += readRss(id);
			const ticks = readTicks(id);
			if (ticks !== undefined) this.#ticks.set(id, ticks);
		}
		this.#peak = Math.max(this.#peak, memory);
	}

	/** Stops sampling; undefined where /proc cannot be read. */
	stop(): ProcessUsage | undefined {
		if (!this.#timer) return undefined;
		clearInterval(this.#timer);

		const ticks = [...this.#ticks.values()].reduce((sum, value) => sum + value, 0);
		return { peakMemoryBytes: this.#peak, cpuMs: (ticks * 1000) / TICKS_PER_SECOND };
	}
}

/** A process and its descendants, from the children lists of each of their threads. */
function processTree(pid: number): number[] {
	const found = [pid];
	for (let index = 0; index < found.length; index++) {
		for (const child of childrenOf(found[index])) {
			if (!found.includes(child)) found.push(child);
		}
	}
	return found;
}

function childrenOf(pid: number): number[] {
	try {
		return readdirSync(`/proc/${pid}/task`).flatMap((task) =>
			readFileSync(`/proc/${pid}/task/${task}/children`, 'utf8')
				.split(' ')
				.filter(Boolean)
				.map(Number),
		);
	} catch {
		return [];
	}
}

function readStatus(pid: number): string | undefined {
	try {
		return readFileSync(`/proc/${pid}/status`, 'utf8');
	} catch {
		return undefined;
	}
}

/** Resident set size in bytes; 0 once the process has gone. */
function readRss(pid: number): number {
	const kilobytes = /^VmRSS:\s+(\d+) kB/m.exec(readStatus(pid) ?? '')?.[1];
	return kilobytes ? Number(kilobytes) * 1024 : 0;
}

/** User and system CPU ticks (fields 14 and 15 of /proc/<pid>/stat), after the command name. */
function readTicks(pid: number): number | undefined {
	try {
		const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
		const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
		return Number(fields[11]) + Number(fields[12]);
	} catch {
		return undefined;
	}
}
