import { STAGE_IDS } from '../../schemas/stage';
import type { ContentIndex } from '../content-index';
import type { Problem } from '../problem';

/** The stages file holds the five stages, in their order, since every table is keyed by them. */
export function stageList(content: ContentIndex): Problem[] {
	const entries = content.get('stages') ?? [];
	const problems: Problem[] = [];

	for (const [index, entry] of entries.entries()) {
		const { id, order } = entry.parsed as { id: string; order: number };
		if (id !== STAGE_IDS[index] || order !== index + 1) {
			problems.push({
				file: entry.file,
				entry: entry.id,
				field: 'order',
				message: `The stages must be listed in order (${STAGE_IDS.join(', ')}) with order 1 to 5; "${id}" is entry ${index + 1} with order ${order}. Move it back to position ${STAGE_IDS.indexOf(id as never) + 1}.`,
				rule: 'stage-list',
			});
		}
	}

	return problems;
}
