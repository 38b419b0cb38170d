/**
 * Types for handler registrations: each feature registers the channels it owns.
 */
import type { Channel, ChannelOutput, ParsedInput } from '../contract/contract';

/** A handler receives parsed input (defaults filled) and returns the channel's output. */
export type Handler<C extends Channel> = (input: ParsedInput<C>) => Promise<ChannelOutput<C>> | ChannelOutput<C>;

/** Handlers for a subset of channels, as one feature registers them. */
export type HandlerMap<C extends Channel> = { [K in C]: Handler<K> };

/** The complete map: the compiler checks every channel has exactly one handler. */
export type Handlers = HandlerMap<Channel>;
