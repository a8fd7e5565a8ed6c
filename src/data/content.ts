import { getCollection, getEntry } from 'astro:content';

/** Content in the order pages show it; the data says the order, never the file system. */

export const getStages = async () =>
	(await getCollection('stages')).sort((a, b) => a.data.order - b.data.order);

export const getMatrices = async () =>
	(await getCollection('matrices')).sort((a, b) => a.data.order - b.data.order);

export const getMatrixRows = async (matrixId: string) =>
	(await getCollection('processes', (row) => row.data.matrix.id === matrixId)).sort(
		(a, b) => a.data.order - b.data.order,
	);

export const getCategories = async () =>
	(await getCollection('categories')).sort((a, b) => a.data.order - b.data.order);

export const getPlaybooks = async () =>
	(await getCollection('playbooks')).sort((a, b) => a.data.number - b.data.number);

export const getMaturityKey = () => getCollection('maturity');

export async function getNote(id: string) {
	const note = await getEntry('notes', id);
	if (!note) throw new Error(`content/notes.json has no note "${id}", which a page uses.`);
	return note.data.text;
}
