import assert from 'node:assert/strict';
import { test } from 'node:test';
import { ListeningCache } from '../../src/http/listening-cache.ts';

const inAMinute = () => Date.now() + 60_000;
const listening = <V>(limits: ConstructorParameters<typeof ListeningCache<V>>[0]) => {
  const cache = new ListeningCache<V>(limits);
  cache.setListening(true);
  return cache;
};

test('serves a value only while listening for changes, and until it expires', () => {
  const cache = new ListeningCache<string>({ maxAgeMs: 60_000, maxSize: 10 });
  cache.set('a', 'A', cache.version());
  assert.equal(cache.get('a'), undefined, 'not listening: nothing is stored');
  cache.setListening(true);
  cache.set('a', 'A', cache.version(), inAMinute());
  assert.equal(cache.get('a'), 'A');
  cache.set('old', 'O', cache.version(), Date.now() - 1);
  assert.equal(cache.get('old'), undefined);
  cache.setListening(false);
  assert.equal(cache.get('a'), undefined);
});

test('no value outlives its maximum age', async () => {
  const cache = listening<string>({ maxAgeMs: 20, maxSize: 10 });
  cache.set('a', 'A', cache.version());
  assert.equal(cache.get('a'), 'A');
  await new Promise((r) => setTimeout(r, 30));
  assert.equal(cache.get('a'), undefined);
});

test('a value read before a change is not stored after it', () => {
  const cache = listening<string>({ maxAgeMs: 60_000, maxSize: 10 });
  const version = cache.version();
  cache.clear();
  cache.set('a', 'A', version);
  assert.equal(cache.get('a'), undefined);
});

test('the oldest values make room, and a value larger than the whole cache is not kept', () => {
  const cache = listening<string>({ maxAgeMs: 60_000, maxSize: 10, sizeOf: (v) => v.length });
  cache.set('a', 'aaaa', cache.version());
  cache.set('b', 'bbbb', cache.version());
  cache.set('c', 'cccc', cache.version());
  assert.equal(cache.get('a'), undefined);
  assert.equal(cache.get('b'), 'bbbb');
  assert.equal(cache.get('c'), 'cccc');
  cache.set('big', 'x'.repeat(11), cache.version());
  assert.equal(cache.get('big'), undefined);
  assert.equal(cache.get('c'), 'cccc');
});

test('an aged-out value is served stale for as long again as its age, never once a change emptied the cache', async () => {
  const cache = listening<string>({ maxAgeMs: 50, maxSize: 10 });
  cache.set('a', 'A', cache.version());
  await new Promise((r) => setTimeout(r, 60));
  assert.equal(cache.get('a'), undefined);
  assert.equal(cache.getStale('a'), 'A');
  cache.clear();
  assert.equal(cache.getStale('a'), undefined);
  cache.set('b', 'B', cache.version());
  await new Promise((r) => setTimeout(r, 110));
  assert.equal(cache.getStale('b'), undefined, 'past the grace');
});
