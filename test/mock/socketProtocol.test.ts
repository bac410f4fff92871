// The hand-written Engine.IO v4 / Socket.IO v5 frame codec of the MSW socket handler.
import fc from 'fast-check';
import { Decoder, Encoder, PacketType } from 'socket.io-parser';
import { describe, expect, it } from 'vitest';
import { encodeFrame, eventFrame, parseFrame, parseSocketPacket, type EngineFrame } from '../../src/mock/socketProtocol.js';

describe('parseFrame', () => {
  it.each<[string, EngineFrame]>([
    ['1', { kind: 'close' }],
    ['2', { kind: 'ping' }],
    ['3', { kind: 'pong' }],
    ['2probe', { kind: 'ping', data: 'probe' }],
    ['40', { kind: 'message', packet: { type: 'connect', nsp: '/' } }],
    ['40{"token":"abc"}', { kind: 'message', packet: { type: 'connect', nsp: '/', data: { token: 'abc' } } }],
    ['40/admin,', { kind: 'message', packet: { type: 'connect', nsp: '/admin' } }],
    ['40/admin', { kind: 'message', packet: { type: 'connect', nsp: '/admin' } }],
    ['41', { kind: 'message', packet: { type: 'disconnect', nsp: '/' } }],
    ['42["trade",{"trade":{"id":"t1"}}]', { kind: 'message', packet: { type: 'event', nsp: '/', data: ['trade', { trade: { id: 't1' } }] } }],
    ['4212["ping",1]', { kind: 'message', packet: { type: 'event', nsp: '/', id: 12, data: ['ping', 1] } }],
    ['43/chat,7[true]', { kind: 'message', packet: { type: 'ack', nsp: '/chat', id: 7, data: [true] } }],
    ['44{"message":"Invalid namespace"}', { kind: 'message', packet: { type: 'connect_error', nsp: '/', data: { message: 'Invalid namespace' } } }],
  ])('reads %j', (text, frame) => {
    expect(parseFrame(text)).toEqual(frame);
  });

  it('reads the handshake', () => {
    const data = { sid: 'abc', upgrades: [], pingInterval: 25000, pingTimeout: 20000, maxPayload: 1000000 };
    expect(parseFrame(`0${JSON.stringify(data)}`)).toEqual({ kind: 'open', data });
  });

  it.each(['', 'x', ' 2', '5', '9', '0', '0{}', '0nope', '4', '47', '4x', '45-["a"]', '451-["a",{"_placeholder":true,"num":0}]', '42nope', '42{"a":1}', '42[1]', '42[]'])(
    'marks %j invalid',
    (text) => {
      expect(parseFrame(text).kind).toBe('invalid');
    },
  );

  it('gives a reason for an invalid frame', () => {
    expect(parseFrame('42{"a":1}')).toEqual({ kind: 'invalid', reason: expect.stringMatching(/event/) });
    expect(parseSocketPacket('9')).toEqual(expect.stringMatching(/unknown/));
  });
});

describe('encodeFrame', () => {
  it('writes the frames the handler sends', () => {
    expect(encodeFrame({ kind: 'open', data: { sid: 's1', upgrades: [], pingInterval: 25000, pingTimeout: 20000, maxPayload: 1000000 } })).toBe(
      '0{"sid":"s1","upgrades":[],"pingInterval":25000,"pingTimeout":20000,"maxPayload":1000000}',
    );
    expect(encodeFrame({ kind: 'ping' })).toBe('2');
    expect(encodeFrame({ kind: 'pong', data: 'probe' })).toBe('3probe');
    expect(encodeFrame({ kind: 'close' })).toBe('1');
    expect(encodeFrame({ kind: 'message', packet: { type: 'connect', nsp: '/', data: { sid: 'x' } } })).toBe('40{"sid":"x"}');
    expect(encodeFrame({ kind: 'message', packet: { type: 'disconnect', nsp: '/' } })).toBe('41');
    expect(encodeFrame({ kind: 'message', packet: { type: 'connect_error', nsp: '/a', data: { message: 'm' } } })).toBe('44/a,{"message":"m"}');
    expect(eventFrame('trade', { trade: { id: 't' } })).toBe('42["trade",{"trade":{"id":"t"}}]');
  });

  it('writes and reads what socket.io-parser (the codec of the real client and server) does', () => {
    const packets = [
      { type: PacketType.EVENT, nsp: '/', data: ['trade', { trade: { id: 'a', status: 'HOLD', items: [{ id: 'i' }] } }] },
      { type: PacketType.CONNECT, nsp: '/', data: { sid: 'abc' } },
      { type: PacketType.DISCONNECT, nsp: '/' },
      { type: PacketType.EVENT, nsp: '/admin', id: 3, data: ['x', 1, 'two'] },
      { type: PacketType.CONNECT_ERROR, nsp: '/admin', data: { message: 'Invalid namespace' } },
    ];
    const names = { [PacketType.CONNECT]: 'connect', [PacketType.DISCONNECT]: 'disconnect', [PacketType.EVENT]: 'event', [PacketType.CONNECT_ERROR]: 'connect_error' } as const;
    for (const packet of packets) {
      const ours = encodeFrame({ kind: 'message', packet: { ...packet, type: names[packet.type as keyof typeof names] } });
      const [theirs] = new Encoder().encode(packet) as string[];
      expect(ours).toBe(`4${theirs}`);
      const decoded: unknown[] = [];
      const decoder = new Decoder();
      decoder.on('decoded', (value: unknown) => decoded.push(value));
      decoder.add(ours.slice(1));
      expect(decoded).toEqual([packet]);
    }
  });

  it('round-trips any event, namespace and ack id', () => {
    const json = fc.jsonValue().filter((value) => JSON.stringify(value) !== undefined);
    fc.assert(
      fc.property(
        fc.string({ minLength: 1 }),
        fc.array(json, { maxLength: 3 }),
        fc.option(fc.stringMatching(/^\/[a-z]{1,8}$/), { nil: undefined }),
        fc.option(fc.nat(), { nil: undefined }),
        (name, args, nsp, id) => {
          const packet = { type: 'event' as const, nsp: nsp ?? '/', data: JSON.parse(JSON.stringify([name, ...args])) as unknown, ...(id === undefined ? {} : { id }) };
          expect(parseFrame(encodeFrame({ kind: 'message', packet }))).toEqual({ kind: 'message', packet });
        },
      ),
    );
  });
});
