import { describe, expect, it } from 'vitest';

import { readQuery, writeQuery } from '../../src/lib/query-state';
import { scriptData } from '../../src/lib/script-data';

describe('tool state in the address', () => {
	it('writes the filled fields in a fixed order and reads them back as typed', () => {
		const query = writeQuery({ headcount: ' 12 ', arr: '$1.5M' }, ['arr', 'headcount'] as const);
		expect(query).toBe('?arr=%241.5M&headcount=12');
		expect(readQuery(query, ['arr', 'headcount'])).toEqual({ arr: '$1.5M', headcount: '12' });
	});

	it('writes nothing for an empty form, and reads a missing key as empty', () => {
		expect(writeQuery({ arr: '', headcount: '  ' }, ['arr', 'headcount'])).toBe('');
		expect(readQuery('?arr=2M&colour=blue', ['arr', 'headcount'])).toEqual({
			arr: '2M',
			headcount: '',
		});
	});
});

describe('data for a page script', () => {
	it('cannot close its script element, and reads back the same', () => {
		const value = { text: '</script><script>alert(1)</script> <!--' };
		const written = scriptData(value);
		expect(written).not.toContain('<');
		expect(JSON.parse(written)).toEqual(value);
	});
});
