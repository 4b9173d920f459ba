// What a fuzzing session sent the HTTP layer: every request gets an answer, a 4xx with a message
// naming the field or the limit, never a 500, never a hang and never an empty {} body.
import assert from 'node:assert/strict';
import { request as httpRequest } from 'node:http';
import type { AddressInfo } from 'node:net';
import { describe, test } from 'node:test';
import { boundedLists, MAX_LIST_ITEMS } from '../../src/http/bounded-lists.ts';
import { databaseFieldError } from '../../src/http/errors.ts';
import { MAX_FILTER_CONDITIONS, MAX_FILTER_VALUES } from '../../src/http/filters.ts';
import { MULTIPART_LIMITS } from '../../src/http/multipart.ts';
import { testApp } from '../helpers/app.ts';
import { Api, type FormFile, multipartBody, newApplication, newJob, newOrganisation, PDF, type Reply } from '../helpers/fixtures.ts';
import { pngFile } from '../uploads/files.ts';

const ctx = await testApp();
const org = await newOrganisation(ctx);
const editor = await org.addUser('Editor');
const job = await newJob(editor.api);
await newApplication(ctx.app, job, { name: 'Ann Anders' });
const anonymous = new Api(ctx.app);

/** Settles with `work`, or fails the test if no answer comes within `ms`. */
async function answered<T>(work: Promise<T>, what: string, ms = 10_000): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what}: no answer within ${ms} ms`)), ms);
  });
  try {
    return await Promise.race([work, timeout]);
  } finally {
    clearTimeout(timer);
  }
}

function send(api: Api, method: 'POST' | 'PUT' | 'PATCH', url: string, fields: Record<string, string>, files: FormFile[]): Promise<Reply> {
  const { payload, headers } = multipartBody(fields, files);
  return answered(api.request(method, url, payload, headers), `${method} ${url}`);
}

/** `count` more text fields f0, f1, ... on top of `fields`. */
function manyFields(fields: Record<string, string>, count: number): Record<string, string> {
  const out = { ...fields };
  for (let i = 0; i < count; i++) out[`f${i}`] = 'x';
  return out;
}

const application = () => ({ name: 'Fuzz Fuzzer', email: `fuzz-${Math.random().toString(36).slice(2)}@mail.example`, job_key: job.encrypted });
const storedResumes = async () => (await ctx.pool.query<{ n: number }>('SELECT count(*)::int AS n FROM resumes')).rows[0].n;

describe('multipart forms that break a limit or cannot be parsed', () => {
  const tooManyFields = `The form has too many fields: at most ${MULTIPART_LIMITS.fields} text fields.`;

  test('more than 100 text fields before a file part: 413 naming the limit, not a request left hanging', async () => {
    const before = await storedResumes();
    const res = await send(anonymous, 'POST', '/candidates/candidate/', manyFields(application(), 101), [PDF]);
    assert.equal(res.status, 413, JSON.stringify(res.body));
    assert.deepEqual(res.body, { detail: tooManyFields });
    assert.equal(await storedResumes(), before);
    // Without the file part the answer was already right; it stays so.
    const noFile = await send(anonymous, 'POST', '/candidates/candidate/', manyFields(application(), 101), []);
    assert.equal(noFile.status, 413);
    assert.deepEqual(noFile.body, { detail: tooManyFields });
  });

  test('every multipart route answers a form with too many fields and a file part', async () => {
    const applicant = await newApplication(ctx.app, job);
    const routes: [Api, 'POST' | 'PUT' | 'PATCH', string, FormFile][] = [
      [anonymous, 'POST', '/candidates/candidate/', PDF],
      [editor.api, 'PUT', `/candidates/candidate/${applicant.id}/`, PDF],
      [editor.api, 'PATCH', `/accounts/users/${editor.id}/`, { field: 'profile_pic', filename: 'me.png', type: 'image/png', content: pngFile() }],
      [anonymous, 'POST', '/interview/answers/', { field: 'video_file', filename: 'a.webm', type: 'video/webm', content: Buffer.from([0x1a, 0x45, 0xdf, 0xa3, 1, 2, 3]) }],
      [anonymous, 'POST', '/video_upload/upload-chunk/', { field: 'file', filename: 'chunk', type: 'application/octet-stream', content: Buffer.alloc(1024, 7) }],
    ];
    for (const [api, method, url, file] of routes) {
      const res = await send(api, method, url, manyFields({}, 101), [file]);
      assert.equal(res.status, 413, `${method} ${url}: ${res.status} ${JSON.stringify(res.body)}`);
      assert.deepEqual(res.body, { detail: tooManyFields }, url);
    }
  });

  test('over a real connection too, with a file large enough to arrive in many chunks', async () => {
    await ctx.app.listen({ port: 0, host: '127.0.0.1' });
    const { port } = ctx.app.server.address() as AddressInfo;
    // The fields and the file's head come in the first chunk, so the parser hands out the file
    // part it has just cut off: the request that used to hang.
    const big: FormFile = { ...PDF, content: Buffer.concat([PDF.content as Buffer, Buffer.alloc(3 * 1024 * 1024, 0x20)]) };
    const { payload, headers } = multipartBody(manyFields(application(), 150), [big]);
    const res = await answered(
      new Promise<{ status: number; body: string }>((resolve, reject) => {
        const req = httpRequest({ host: '127.0.0.1', port, method: 'POST', path: '/candidates/candidate/', headers: { ...headers, 'content-length': payload.length } }, (response) => {
          let body = '';
          response.setEncoding('utf8');
          response.on('data', (chunk) => {
            body += chunk;
          });
          response.on('end', () => resolve({ status: response.statusCode ?? 0, body }));
        });
        req.on('error', reject);
        req.end(payload);
      }),
      'POST /candidates/candidate/ over HTTP',
    );
    assert.equal(res.status, 413, res.body);
    assert.deepEqual(JSON.parse(res.body), { detail: tooManyFields });
  });

  test('more than 20 files: 413 naming the limit', async () => {
    const files = Array.from({ length: MULTIPART_LIMITS.files + 1 }, () => PDF);
    const res = await send(anonymous, 'POST', '/candidates/candidate/', application(), files);
    assert.equal(res.status, 413, JSON.stringify(res.body));
    assert.deepEqual(res.body, { detail: `The form has too many files: at most ${MULTIPART_LIMITS.files}.` });
  });

  test('multipart/form-data without a boundary: 400 saying so', async () => {
    const res = await answered(anonymous.request('POST', '/candidates/candidate/', 'xx', { 'content-type': 'multipart/form-data' }), 'no boundary');
    assert.equal(res.status, 400, JSON.stringify(res.body));
    assert.match(res.body.detail, /multipart.*Boundary not found/i);
  });

  test('a body cut off in the middle of a file part: 400, not a 500', async () => {
    const { payload, headers } = multipartBody(application(), [PDF]);
    const cut = payload.subarray(0, payload.length - 200);
    const res = await answered(anonymous.request('POST', '/candidates/candidate/', cut, headers), 'cut-off body');
    assert.equal(res.status, 400, JSON.stringify(res.body));
    assert.deepEqual(res.body, { file: ['The form ended before this file was complete.'] });
  });

  test('a field named __proto__ or constructor: 400 saying so', async () => {
    for (const name of ['__proto__', 'constructor']) {
      const res = await send(anonymous, 'POST', '/candidates/candidate/', { ...application(), [name]: 'x' }, [PDF]);
      assert.equal(res.status, 400, `${name}: ${JSON.stringify(res.body)}`);
      assert.match(res.body.detail, /built-in property/);
    }
  });

  test('a text field or a file name with a NUL character: 400 naming the field', async () => {
    const res = await send(anonymous, 'POST', '/candidates/candidate/', { ...application(), name: 'Fuzz\u0000Fuzzer' }, [PDF]);
    assert.equal(res.status, 400, JSON.stringify(res.body));
    assert.deepEqual(res.body, { name: ['Null characters are not allowed.'] });
    const named = await send(anonymous, 'POST', '/candidates/candidate/', application(), [{ ...PDF, filename: 'cv\u0000.pdf' }]);
    assert.equal(named.status, 400, JSON.stringify(named.body));
    assert.deepEqual(named.body, { file: ['Null characters are not allowed.'] });
  });
});

describe('filters and orders', () => {
  test('a filter named after an Object.prototype property is ignored like any unknown filter', async () => {
    for (const query of ['constructor=1', '__proto__=1', 'toString__in=1', 'hasOwnProperty__icontains=x', 'valueOf__gt=1']) {
      for (const list of ['/jobs/job/', '/candidates/candidate/', '/candidates/list/']) {
        const res = await editor.api.get(`${list}?${query}`);
        assert.equal(res.status, 200, `${list}?${query}: ${res.status} ${JSON.stringify(res.body)}`);
      }
    }
    const res = await editor.api.post('/candidates/list/', { constructor: 1, toString__in: [1] });
    assert.equal(res.status, 200, JSON.stringify(res.body));
  });

  test('an order by an Object.prototype property: 400 naming o', async () => {
    // A repeated `o` is read by its last value, so that one is checked too.
    for (const url of ['/jobs/job/?o=constructor', '/jobs/job/?o=__proto__', '/candidates/candidate/?o=-hasOwnProperty', '/candidates/list/?o=name,toString', '/jobs/job/?o=title&o=constructor']) {
      const res = await editor.api.get(url);
      assert.equal(res.status, 400, `${url}: ${res.status} ${JSON.stringify(res.body)}`);
      assert.deepEqual(Object.keys(res.body), ['o'], url);
    }
    const res = await editor.api.post('/candidates/list/', { o: { toString: 1 } });
    assert.equal(res.status, 400, JSON.stringify(res.body));
    assert.deepEqual(Object.keys(res.body), ['o']);
  });

  test('a filter value that is an object (or a list holding one): 400 naming the key', async () => {
    const cases: [string, Record<string, unknown>, string][] = [
      ['/candidates/filter/', { name: { toString: 'x' } }, 'name__icontains'],
      ['/candidates/list/', { name__icontains: { toString: 1 } }, 'name__icontains'],
      ['/candidates/list/', { name__icontains: { a: 1 } }, 'name__icontains'],
      ['/candidates/list/', { id: [1, { a: 1 }] }, 'id'],
      ['/candidates/list/', { id: [[1]] }, 'id'],
    ];
    for (const [url, body, key] of cases) {
      const res = await editor.api.post(url, body);
      assert.equal(res.status, 400, `${url} ${JSON.stringify(body)}: ${res.status} ${JSON.stringify(res.body)}`);
      assert.deepEqual(Object.keys(res.body), [key], JSON.stringify(body));
    }
    // Strings, numbers and booleans, alone or in lists, still filter.
    const ok = await editor.api.post('/candidates/list/', { name__icontains: ['ann', 'anders'], id__gte: 1 });
    assert.equal(ok.status, 200, JSON.stringify(ok.body));
    assert.deepEqual(ok.body.results.map((c: { name: string }) => c.name), ['Ann Anders']);
  });

  test('too many values for a key, or too many conditions: 400 naming the key, answered at once', async () => {
    const ids = (n: number) => Array.from({ length: n }, (_, i) => i + 1);
    const started = Date.now();
    const cases: [Record<string, unknown>, string][] = [
      [{ id: ids(70_000) }, 'id'],
      [{ name__icontains: ids(40_000).map((i) => `n${i}`) }, 'name__icontains'],
      [{ id__in: ids(MAX_FILTER_VALUES + 1).join(',') }, 'id__in'],
      [{ id__gte: ids(MAX_FILTER_CONDITIONS).map(() => 1), id__lte: 1_000_000 }, 'id__lte'],
    ];
    for (const [body, key] of cases) {
      const res = await editor.api.post('/candidates/list/', body);
      assert.equal(res.status, 400, `${key}: ${res.status} ${JSON.stringify(res.body).slice(0, 200)}`);
      assert.deepEqual(Object.keys(res.body), [key]);
    }
    assert.ok(Date.now() - started < 5000, `${Date.now() - started} ms`);
    const atTheCap = await editor.api.post('/candidates/list/', { id__in: ids(MAX_FILTER_VALUES).join(',') });
    assert.equal(atTheCap.status, 200, JSON.stringify(atTheCap.body));
  });
});

describe('a 400 on a route whose schema declares field errors keeps its message', () => {
  test('a JSON parse error', async () => {
    const res = await editor.api.request('POST', '/jobs/job/', '{"title":', { 'content-type': 'application/json' });
    assert.equal(res.status, 400);
    assert.match(res.body.detail, /JSON/);
  });

  test('a __proto__ key in a JSON body', async () => {
    const res = await editor.api.request('POST', '/jobs/job/', '{"title": "x", "__proto__": {"admin": true}}', { 'content-type': 'application/json' });
    assert.equal(res.status, 400);
    assert.match(res.body.detail, /JSON/);
  });

  test('an integer beyond 32 bits: 400 naming the field once, by the schema or where it sets no maximum by the database', async () => {
    const res = await editor.api.patch(`/jobs/job/${job.id}/`, { workflow: 2_147_483_648 });
    assert.equal(res.status, 400);
    assert.deepEqual(res.body, { workflow: ['Must be <= 2147483647.'] });
    // Where no schema caps a value, PostgreSQL's refusal is traced back to the field that carried it.
    const refused = databaseFieldError('22003', 'value "99999999999" is out of range for type integer', [{}, { job_id: '99999999999' }, undefined]);
    assert.deepEqual(refused, { job_id: ['Ensure this value is less than or equal to 2147483647.'] });
  });
});

describe('bodies that would have every one of their errors listed', () => {
  const DELETE_MANY = '/personality-screening/personality-screenings/delete-multiple/';

  test('a list far past its length limit: one error for the list, not one per value', async () => {
    const res = await answered(editor.api.request('DELETE', DELETE_MANY, { ids: Array.from({ length: 250_000 }, () => 'x') }), 'a long list');
    assert.deepEqual([res.status, res.body], [400, { ids: ['Must NOT have more than 1000 items.'] }]);
  });

  test("an anonymous test answer's choices past their limit: one error, answered at once", async () => {
    const answers = [{ question_id: 1, choices: Array.from({ length: 300_000 }, () => ({})) }];
    const res = await answered(anonymous.request('PATCH', '/test/testlog/an-unknown-link/', { answers }), 'a long list of choices');
    assert.deepEqual([res.status, res.body], [400, { 'answers.0.choices': ['Must NOT have more than 100 items.'] }]);
  });

  test('a list whose schema sets no length holds at most 1000 values', () => {
    // biome-ignore lint/suspicious/noThenProperty: JSON Schema's if/then keywords.
    const tags = { type: 'array', maxItems: MAX_LIST_ITEMS, if: { maxItems: MAX_LIST_ITEMS }, then: { items: { type: 'string' } } };
    assert.deepEqual(boundedLists({ type: 'object', properties: { tags: { type: 'array', items: { type: 'string' } } } }), { type: 'object', properties: { tags } });
  });

  test('a list within its limit still has each bad value named', async () => {
    const res = await editor.api.request('DELETE', DELETE_MANY, { ids: ['x', 2, 'y'] });
    assert.deepEqual([res.status, res.body], [400, { 'ids.0': ['Must be of type integer.'], 'ids.2': ['Must be of type integer.'] }]);
  });

  test('thousands of unknown fields: the first 100 named, then how many more', async () => {
    const set = (await editor.api.post('/interview/question-sets/', { name: 'Screening' })).body;
    const question = (await editor.api.post('/interview/questions/', { question_set: set.id, text: 'Why here?' })).body;
    const body = Object.fromEntries(Array.from({ length: 5000 }, (_, i) => [`extra_${i}`, i]));
    const res = await editor.api.patch(`/interview/questions/${question.id}/`, body);
    assert.equal(res.status, 400);
    assert.equal(Object.keys(res.body).length, 101);
    assert.deepEqual(res.body.extra_0, ['Unknown field.']);
    assert.deepEqual(res.body.non_field_errors, ['4900 more fields are invalid.']);
  });
});

describe('numbers that are not finite and NUL characters', () => {
  test('"Infinity", "-Infinity" and "1e400" in a path, a query or a body: 400 naming the field', async () => {
    const cases: [string, string, unknown, string][] = [
      ['GET', '/jobs/job/Infinity/', undefined, 'id'],
      ['GET', '/jobs/job/1e400/', undefined, 'id'],
      ['DELETE', '/jobs/job/-Infinity/', undefined, 'id'],
      ['GET', '/jobs/job/?page=Infinity', undefined, 'page'],
      ['GET', '/jobs/job/?page_size=1e400', undefined, 'page_size'],
      ['GET', '/candidates/candidate/?job_id=Infinity', undefined, 'job_id'],
      ['PATCH', `/jobs/job/${job.id}/`, { min_experience: 'Infinity' }, 'min_experience'],
      ['PATCH', `/jobs/job/${job.id}/`, { workflow: '1e400' }, 'workflow'],
      ['POST', '/candidates/list/', '{"id__gt": 1e400}', 'id__gt'],
      ['POST', '/candidates/list/', '{"name__icontains": [1, -1e400]}', 'name__icontains.1'],
    ];
    for (const [method, url, body, field] of cases) {
      const json = typeof body === 'string' ? { 'content-type': 'application/json' } : undefined;
      const res = await editor.api.request(method as 'GET', url, body, json);
      assert.equal(res.status, 400, `${method} ${url}: ${res.status} ${JSON.stringify(res.body)}`);
      assert.deepEqual(Object.keys(res.body), [field], `${method} ${url} ${JSON.stringify(res.body)}`);
    }
    const after = await editor.api.get(`/jobs/job/${job.id}/`);
    assert.equal(after.body.min_experience, job.min_experience);
  });

  test('a NUL character in a body, a query or a path: 400 naming the field', async () => {
    const body = await editor.api.patch(`/jobs/job/${job.id}/`, { title: 'a\u0000b' });
    assert.equal(body.status, 400);
    assert.deepEqual(body.body, { title: ['Null characters are not allowed.'] });
    const query = await editor.api.get('/candidates/candidate-names-list/?name=a%00');
    assert.equal(query.status, 400);
    assert.deepEqual(query.body, { name: ['Null characters are not allowed.'] });
    const path = await anonymous.get('/jobs/candidate-view/%00/');
    assert.equal(path.status, 400, JSON.stringify(path.body));
    assert.deepEqual(path.body, { encrypted: ['Null characters are not allowed.'] });
  });
});

describe('half a surrogate pair', () => {
  test('in a JSON body, as a text field or inside a JSON document: 400 naming the field, nothing written', async () => {
    const json = { 'content-type': 'application/json' };
    const title = await editor.api.request('PATCH', `/jobs/job/${job.id}/`, '{"title": "Lead \\ud800 Analyst"}', json);
    assert.deepEqual([title.status, title.body], [400, { title: ['Unpaired surrogate characters are not allowed.'] }]);
    const document = await editor.api.request('PATCH', `/jobs/job/${job.id}/`, '{"jd_json": {"Skills": ["SQL", "\\udc00"]}}', json);
    assert.deepEqual([document.status, document.body], [400, { 'jd_json.Skills.1': ['Unpaired surrogate characters are not allowed.'] }]);
    const key = await editor.api.request('PATCH', `/jobs/job/${job.id}/`, '{"jd_json": {"Sk\\ud800ills": ["SQL", "Go"], "Sk\\u0000ills": [], "Tools": {"a\\u0000": {}}}}', json);
    assert.deepEqual([key.status, key.body], [
      400,
      {
        'jd_json.Sk\u0000ills': ['Null characters are not allowed.'],
        'jd_json.Sk\ud800ills': ['Unpaired surrogate characters are not allowed.'],
        'jd_json.Tools.a\u0000': ['Null characters are not allowed.'],
      },
    ]);
    const after = await editor.api.get(`/jobs/job/${job.id}/`);
    assert.deepEqual([after.body.title, after.body.jd_json], [job.title, job.jd_json]);
    const pair = await editor.api.request('PATCH', `/jobs/job/${job.id}/`, '{"jd_json": {"Skills": ["SQL \\ud83d\\ude00"]}}', json);
    assert.equal(pair.status, 200, JSON.stringify(pair.body));
    assert.deepEqual(pair.body.jd_json, { Skills: ['SQL \u{1F600}'] });
  });
});

describe('ids past 32 bits in the query and body of lists and stages', () => {
  test('are refused by the schema, naming the field', async () => {
    for (const [url, field] of [
      ['/candidates/list-with-stages/?job_id=2147483648', 'job_id'],
      ['/candidates/candidate-names-list/?jobId=2147483648', 'jobId'],
      ['/resume_parser/resume-screening-preferences/?job_id=2147483648', 'job_id'],
      [`/accounts/organizations/2147483648/users/`, 'org_id'],
    ] as const) {
      const res = await editor.api.get(url);
      assert.deepEqual([res.status, res.body], [400, { [field]: ['Must be <= 2147483647.'] }], url);
    }
  });
});

describe('date filters', () => {
  test('an impossible day is refused by the filter itself, not rolled into the next month', async () => {
    const res = await editor.api.get('/jobs/job/?created_at__gte=2024-02-31');
    assert.deepEqual([res.status, res.body], [400, { created_at__gte: ['Enter a valid date (YYYY-MM-DD).'] }]);
    assert.equal((await editor.api.get('/jobs/job/?created_at__gte=2024-02-29T10:00:00Z')).status, 200);
  });
});
