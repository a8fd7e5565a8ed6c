import type { CDPSession } from 'playwright-core';

/** Requests a page made, summed. */
export interface NetworkSummary {
	/** Bytes on the wire: compressed, headers included. */
	bytes: number;
	/** The scripts among them. */
	jsBytes: number;
	requests: number;
	/** Their addresses. */
	urls: string[];
}

interface Request {
	url: string;
	type: string;
	started: number;
	bytes: number;
}

/**
 * Records every request through the DevTools protocol with its start time, so those started
 * before the load event can be told from those after it by the browser's own clock.
 */
export async function recordNetwork(cdp: CDPSession) {
	const requests = new Map<string, Request>();
	let loadedAt = Infinity;

	cdp.on('Network.requestWillBeSent', (event) => {
		requests.set(event.requestId, {
			url: event.request.url,
			type: event.type ?? 'Other',
			started: event.timestamp,
			bytes: 0,
		});
	});
	cdp.on('Network.loadingFinished', (event) => {
		const request = requests.get(event.requestId);
		if (request) request.bytes = event.encodedDataLength;
	});
	cdp.on('Page.loadEventFired', (event) => {
		loadedAt = Math.min(loadedAt, event.timestamp);
	});
	await cdp.send('Network.enable');
	await cdp.send('Page.enable');

	return {
		/** Requests started before the load event (all of them if it has not fired). */
		beforeLoad(): NetworkSummary {
			const before = [...requests.values()].filter(({ started }) => started <= loadedAt);
			return summarize(before);
		},
		/** Requests started after the load event: what the page fetches on idle or on use. */
		afterLoad(): NetworkSummary {
			return summarize([...requests.values()].filter(({ started }) => started > loadedAt));
		},
	};
}

function summarize(requests: Request[]): NetworkSummary {
	const sum = (list: Request[]) => list.reduce((total, { bytes }) => total + bytes, 0);
	return {
		bytes: sum(requests),
		jsBytes: sum(requests.filter(({ type }) => type === 'Script')),
		requests: requests.length,
		urls: requests.map(({ url }) => url),
	};
}
