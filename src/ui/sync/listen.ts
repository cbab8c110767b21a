/**
 * The receiving half shared by both ends of the facilitation channel: only well-formed messages of
 * this session get through; anything else is ignored and said so on the console, never thrown.
 */
import { parseMessage, type Message } from './protocol.ts';

export function listen(
  channel: BroadcastChannel,
  channelId: string,
  receive: (message: Message) => void,
): void {
  channel.onmessage = (event: MessageEvent<unknown>) => {
    const parsed = parseMessage(event.data);
    if (!parsed.ok) {
      console.warn(`crisis-room facilitation: ignored a message (${parsed.error})`);
      return;
    }
    if (parsed.message.session !== channelId) {
      console.warn('crisis-room facilitation: ignored a message for another session');
      return;
    }
    receive(parsed.message);
  };
  channel.onmessageerror = () =>
    console.warn('crisis-room facilitation: ignored a message that could not be read');
}
