import { hostMatches } from './hosts.ts';
import type { Settings } from './settings.ts';

/** What the core needs to know about a host, under one settings object. */
export interface HostInfo {
  /** A call site (whether a given page of it is a meeting is isMeetingPage's to say). */
  call: boolean;
  cueSite: boolean;
  /** The kind of work it means when not in a meeting, or null for a host in no list (neutral). */
  kind: string | null;
}

/** Settings prepared for fast steps: host answers are computed once per host and reused. */
export interface Runtime {
  /** Changes whenever the zone or working hours change, which invalidates the cached boundaries. */
  hoursKey: string;
  classify(host: string): HostInfo;
  /** The kinds of work the person keeps sites in (a kind whose list they emptied is not theirs). */
  kinds: readonly string[];
}

const runtimes = new WeakMap<Settings, Runtime>();
const MAX_CACHED_HOSTS = 2048;

/** The prepared form of `settings` (memoised per settings object; settings are treated as immutable). */
export function runtimeFor(settings: Settings): Runtime {
  let rt = runtimes.get(settings);
  if (rt === undefined) {
    rt = prepare(settings);
    runtimes.set(settings, rt);
  }
  return rt;
}

function prepare(settings: Settings): Runtime {
  const { days, start, end } = settings.workHours;
  const hoursKey = `${settings.timeZone}|${days.join(',')}|${start}|${end}`;
  const kinds = Object.entries(settings.taskKinds);
  const cache = new Map<string, HostInfo>();
  const classify = (host: string): HostInfo => {
    let info = cache.get(host);
    if (info !== undefined) return info;
    const call = settings.callSites.some((p) => hostMatches(host, p));
    const found = kinds.find(([, hosts]) => hosts.some((p) => hostMatches(host, p)));
    info = {
      call,
      cueSite: settings.boundaryCue.sites.some((p) => hostMatches(host, p)),
      kind: found === undefined ? null : found[0],
    };
    if (cache.size >= MAX_CACHED_HOSTS) cache.clear();
    cache.set(host, info);
    return info;
  };
  return {
    hoursKey,
    classify,
    kinds: kinds.flatMap(([kind, hosts]) => (hosts.length > 0 ? [kind] : [])),
  };
}
