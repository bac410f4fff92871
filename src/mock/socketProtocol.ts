// The few Engine.IO v4 / Socket.IO v5 text frames the fake realtime channel speaks over an
// intercepted WebSocket: an Engine.IO packet type digit, and for a message (`4`) a Socket.IO packet
// `<type>[<namespace>,][<ack id>][<JSON>]`. Binary packets are not supported (AssetPay sends none).

/** Data of the Engine.IO handshake (`0{…}`). */
export interface EngineOpenData {
  sid: string;
  upgrades: string[];
  pingInterval: number;
  pingTimeout: number;
  maxPayload: number;
}

/** Socket.IO packet types, by their digit. */
const SOCKET_TYPES = ['connect', 'disconnect', 'event', 'ack', 'connect_error', 'binary_event', 'binary_ack'] as const;

/** A Socket.IO packet; `nsp` is `'/'` for the main namespace. */
export interface SocketPacket {
  type: (typeof SOCKET_TYPES)[number];
  nsp: string;
  /** Acknowledgement id, when the sender wants one. */
  id?: number;
  /** The JSON payload: an event's `[name, ...args]`, a CONNECT's auth or sid, an error. */
  data?: unknown;
}

/** One Engine.IO text frame, parsed; `invalid` for anything this codec does not read. */
export type EngineFrame =
  | { kind: 'open'; data: EngineOpenData }
  | { kind: 'close' }
  | { kind: 'ping'; data?: string }
  | { kind: 'pong'; data?: string }
  | { kind: 'message'; packet: SocketPacket }
  | { kind: 'invalid'; reason: string };

const ENGINE_KINDS = ['open', 'close', 'ping', 'pong', 'message'] as const;

function invalid(reason: string): EngineFrame {
  return { kind: 'invalid', reason };
}

function parseJson(text: string): { ok: true; value: unknown } | { ok: false } {
  try {
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch {
    return { ok: false };
  }
}

/** Reads a Socket.IO packet (the part of an Engine.IO message after its `4`). */
export function parseSocketPacket(text: string): SocketPacket | string {
  const type = SOCKET_TYPES[Number(text[0])];
  if (text === '' || !/^\d/.test(text) || type === undefined) return `unknown Socket.IO packet type in ${JSON.stringify(text.slice(0, 16))}`;
  if (type === 'binary_event' || type === 'binary_ack') return 'binary packets are not supported';
  let rest = text.slice(1);
  let nsp = '/';
  if (rest.startsWith('/')) {
    const comma = rest.indexOf(',');
    nsp = comma < 0 ? rest : rest.slice(0, comma);
    rest = comma < 0 ? '' : rest.slice(comma + 1);
  }
  const packet: SocketPacket = { type, nsp };
  const ack = /^\d+/.exec(rest);
  if (ack) {
    packet.id = Number(ack[0]);
    rest = rest.slice(ack[0].length);
  }
  if (rest !== '') {
    const json = parseJson(rest);
    if (!json.ok) return 'payload is not JSON';
    packet.data = json.value;
  }
  if (type === 'event' && !(Array.isArray(packet.data) && typeof packet.data[0] === 'string')) return 'an event needs [name, ...args]';
  return packet;
}

/** Reads one Engine.IO text frame. */
export function parseFrame(text: string): EngineFrame {
  const kind = ENGINE_KINDS[Number(text[0])];
  if (text === '' || !/^\d/.test(text) || kind === undefined) return invalid(`unknown Engine.IO packet type in ${JSON.stringify(text.slice(0, 16))}`);
  const body = text.slice(1);
  switch (kind) {
    case 'open': {
      const json = parseJson(body);
      const data = json.ok ? (json.value as Partial<EngineOpenData> | null) : null;
      if (!data || typeof data.sid !== 'string') return invalid('an open packet needs { sid, … }');
      return { kind, data: data as EngineOpenData };
    }
    case 'close':
      return { kind };
    case 'ping':
    case 'pong':
      return body === '' ? { kind } : { kind, data: body };
    case 'message': {
      const packet = parseSocketPacket(body);
      return typeof packet === 'string' ? invalid(packet) : { kind, packet };
    }
  }
}

/** Writes a Socket.IO packet (without the Engine.IO `4`). */
export function encodeSocketPacket(packet: SocketPacket): string {
  const type = SOCKET_TYPES.indexOf(packet.type);
  const nsp = packet.nsp === '/' ? '' : `${packet.nsp},`;
  const data = packet.data === undefined ? '' : JSON.stringify(packet.data);
  return `${type}${nsp}${packet.id ?? ''}${data}`;
}

/** Writes one Engine.IO text frame; the inverse of {@link parseFrame} for valid frames. */
export function encodeFrame(frame: Exclude<EngineFrame, { kind: 'invalid' }>): string {
  const digit = ENGINE_KINDS.indexOf(frame.kind);
  switch (frame.kind) {
    case 'open':
      return `${digit}${JSON.stringify(frame.data)}`;
    case 'close':
      return `${digit}`;
    case 'ping':
    case 'pong':
      return `${digit}${frame.data ?? ''}`;
    case 'message':
      return `${digit}${encodeSocketPacket(frame.packet)}`;
  }
}

/** `42["<name>",…args]`: a Socket.IO event on the main namespace. */
export const eventFrame = (name: string, ...args: unknown[]) => encodeFrame({ kind: 'message', packet: { type: 'event', nsp: '/', data: [name, ...args] } });
