import { readdirSync, readFileSync } from 'node:fs';

/**
 * Samples the resident memory of a process and everything it starts (Pagefind runs as its own
 * binary), and keeps the highest sum seen. It reads /proc, so it measures on Linux only and
 * reports nothing elsewhere. A spike shorter than the interval can slip between two samples.
 */
export class PeakMemory {
	#peak = 0;
	readonly #timer: NodeJS.Timeout | undefined;

	constructor(pid: number, intervalMs = 50) {
		if (!readRss(process.pid)) return;
		this.#timer = setInterval(() => {
			const total = processTree(pid).reduce((sum, id) => sum + readRss(id), 0);
			this.#peak = Math.max(this.#peak, total);
		}, intervalMs);
	}

	/** Stops sampling; the peak in bytes, or undefined where /proc cannot be read. */
	stop(): number | undefined {
		if (!this.#timer) return undefined;
		clearInterval(this.#timer);
		return this.#peak;
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

/** Resident set size in bytes; 0 once the process has gone. */
function readRss(pid: number): number {
	try {
		const status = readFileSync(`/proc/${pid}/status`, 'utf8');
		const kilobytes = /^VmRSS:\s+(\d+) kB/m.exec(status)?.[1];
		return kilobytes ? Number(kilobytes) * 1024 : 0;
	} catch {
		return 0;
	}
}
