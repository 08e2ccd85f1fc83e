// Fault rules (emulator/README.md, "Fault rules"): seeded dice that add latency, hang, refuse with 429/500, or
// after committing drop the connection or cut the answer's body short, so a client's retry and recovery paths can
// be exercised on purpose.
import { createRandom } from './world/random.js';
import { FAULT_ERRORS, invalidField } from './errors.js';

// New rates go last: a rule without them rolls the same outcomes as before.
const RATES = ['hang_rate', 'rate_limit_rate', 'error_rate', 'drop_after_commit_rate', 'cut_length_rate', 'cut_close_rate', 'stall_body_rate'];
const OUTCOMES = {
  hang_rate: 'hang',
  rate_limit_rate: 'rate_limit',
  error_rate: 'error',
  drop_after_commit_rate: 'drop',
  cut_length_rate: 'cut_length',
  cut_close_rate: 'cut_close',
  stall_body_rate: 'stall_body',
};

/**
 * @typedef {'none'|'hang'|'rate_limit'|'error'|'drop'|'cut_length'|'cut_close'|'stall_body'} FaultOutcome
 * @typedef {{ latencyMs: number, outcome: FaultOutcome, retryAfter: number, errorStatus: number,
 *   label: FaultOutcome|'latency' }} FaultDecision
 */

export function createFaults(seed) {
  let rules = [];
  let rng = createRandom(seed);

  return {
    /** Replaces every rule; `seed` restarts the dice. Throws a 422 for a malformed rule. */
    replace(body, defaultSeed) {
      if (body === null || typeof body !== 'object' || !Array.isArray(body.rules)) {
        throw invalidField('rules', 'must be an array');
      }
      rules = body.rules.map((rule, i) => ({ ...normalize(rule, `rules[${i}]`), fired: 0 }));
      rng = createRandom(body.seed ?? defaultSeed);
      return rules.length;
    },

    clear(newSeed) {
      rules = [];
      if (newSeed !== undefined) rng = createRandom(newSeed);
    },

    list: () => rules.map(({ fired, ...rule }) => ({ ...rule, fired })),

    /**
     * Rolls the dice of every rule that matches this request.
     * @param {{ operationId: string, method: string, token: string | null }} request
     * @returns {FaultDecision}
     */
    decide({ operationId, method, token }) {
      const decision = { latencyMs: 0, outcome: 'none', retryAfter: 1, errorStatus: 500 };
      for (const rule of rules) {
        if (rule.times !== null && rule.fired >= rule.times) continue;
        if (rule.operation !== '*' && rule.operation !== operationId) continue;
        if (rule.method && rule.method !== method) continue;
        if (rule.token !== null && rule.token !== token) continue;
        let fired = false;
        // A rate below 1 rolls its own die; at 1 no die is rolled, so older rule sets keep their sequence.
        if (rule.latency && (rule.latency_rate >= 1 || rng.next() < rule.latency_rate)) {
          const [min, max] = rule.latency;
          decision.latencyMs += min + Math.floor(rng.next() * (max - min + 1));
          fired = true;
        }
        const roll = rng.next();
        let threshold = 0;
        for (const rate of RATES) {
          threshold += rule[rate];
          if (roll < threshold) {
            if (decision.outcome === 'none') {
              decision.outcome = OUTCOMES[rate];
              decision.retryAfter = rule.retry_after;
              decision.errorStatus = rule.error_status;
              fired = true;
            }
            break;
          }
        }
        if (fired) rule.fired++;
      }
      const label = decision.outcome !== 'none' ? decision.outcome : decision.latencyMs > 0 ? 'latency' : 'none';
      return { ...decision, label };
    },
  };
}

function normalize(rule, field) {
  if (rule === null || typeof rule !== 'object' || Array.isArray(rule)) throw invalidField(field, 'must be an object');
  const out = {
    operation: rule.operation ?? '*',
    method: rule.method ? String(rule.method).toUpperCase() : null,
    token: rule.token ?? null,
    times: rule.times ?? null,
    latency: null,
    latency_rate: rule.latency_rate ?? 1,
    retry_after: rule.retry_after ?? 1,
    error_status: rule.error_status ?? 500,
  };
  if (!(out.error_status in FAULT_ERRORS)) {
    throw invalidField(`${field}.error_status`, `must be one of ${Object.keys(FAULT_ERRORS).join(', ')}`);
  }
  if (typeof out.operation !== 'string') throw invalidField(`${field}.operation`, 'must be a string');
  if (out.token !== null && typeof out.token !== 'string') throw invalidField(`${field}.token`, 'must be a string');
  if (out.times !== null && !(Number.isInteger(out.times) && out.times >= 0)) {
    throw invalidField(`${field}.times`, 'must be a non-negative integer');
  }
  if (!(Number.isFinite(out.latency_rate) && out.latency_rate >= 0 && out.latency_rate <= 1)) {
    throw invalidField(`${field}.latency_rate`, 'must be between 0 and 1');
  }
  if (!(Number.isFinite(out.retry_after) && out.retry_after >= 0)) {
    throw invalidField(`${field}.retry_after`, 'must be a non-negative number');
  }
  const latency = rule.latency_ms;
  if (latency !== undefined && latency !== null) {
    const range = Array.isArray(latency) ? latency : [latency, latency];
    if (range.length !== 2 || !range.every((n) => Number.isFinite(n) && n >= 0) || range[0] > range[1]) {
      throw invalidField(`${field}.latency_ms`, 'must be a number of ms or a [min, max] pair');
    }
    if (range[1] > 0) out.latency = range.map(Math.round);
  }
  let total = 0;
  for (const rate of RATES) {
    const value = rule[rate] ?? 0;
    if (!(Number.isFinite(value) && value >= 0 && value <= 1)) throw invalidField(`${field}.${rate}`, 'must be between 0 and 1');
    out[rate] = value;
    total += value;
  }
  if (total > 1 + 1e-9) throw invalidField(field, 'the rates add up to more than 1');
  return out;
}
