import type { Browser } from 'playwright-core';

import { recordNetwork, type NetworkSummary } from '../support/network.ts';

/** What the browser fetched up to the load event, and how much the layout moved. */
export interface PageLoad extends NetworkSummary {
	/** Cumulative layout shift up to a moment after load, from layout-shift entries. */
	cls: number;
}

export interface LoadOptions {
	viewport: { width: number; height: number };
	/**
	 * Slow the network and CPU as Lighthouse's mobile run simulates (150 ms, 1.6 Mbit/s, 4x
	 * CPU), so a long page arrives in pieces and is painted before it is all there.
	 */
	throttle?: boolean;
}

/** Lighthouse's "slow 4G" mobile settings, applied for real rather than simulated. */
const SLOW_4G = {
	latency: 150,
	downloadThroughput: (1.6 * 1024 * 1024 * 0.9) / 8,
	uploadThroughput: (750 * 1024 * 0.9) / 8,
};

/** Loads `url` in a fresh context (an empty cache) and measures it. */
export async function measureLoad(
	browser: Browser,
	url: string,
	options: LoadOptions,
): Promise<PageLoad> {
	const context = await browser.newContext({ viewport: options.viewport });
	try {
		const page = await context.newPage();
		const cdp = await context.newCDPSession(page);
		const network = await recordNetwork(cdp);
		if (options.throttle) {
			await cdp.send('Network.emulateNetworkConditions', { offline: false, ...SLOW_4G });
			await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
		}
		await page.addInitScript(observeLayoutShifts);

		await page.goto(url, { waitUntil: 'load' });
		// Late shifts count too: give scripts run on load, and idle callbacks, time to act.
		await page.waitForLoadState('networkidle');
		const cls = await page.evaluate(() => (window as unknown as ShiftWindow).__cls ?? 0);

		return { ...network.beforeLoad(), cls };
	} finally {
		await context.close();
	}
}

interface ShiftWindow {
	__cls?: number;
}

/** Runs in the page before its own scripts: sums shifts not caused by the reader's input. */
function observeLayoutShifts() {
	const target = window as unknown as ShiftWindow;
	target.__cls = 0;
	new PerformanceObserver((list) => {
		for (const entry of list.getEntries() as (PerformanceEntry & {
			value: number;
			hadRecentInput: boolean;
		})[]) {
			if (!entry.hadRecentInput) target.__cls = (target.__cls ?? 0) + entry.value;
		}
	}).observe({ type: 'layout-shift', buffered: true });
}
