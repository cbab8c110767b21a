import { describe, expect, it } from 'vitest';
import { diagnose } from './diagnose';

describe('loadScenario: detours, decisions a pushed inject opens (CR410)', () => {
  it('says what is wrong with each misused detour, where, and how to fix it', () => {
    expect(diagnose('detour-misused')).toMatchInlineSnapshot(`
      [
        "16:70-16:76 error CR410 choice 'go_back' says next: return, but beat 'first' is not a detour; only a detour's choices return, so name the next beat or end @ beats[0].decision.choices[1].next",
        "17:78-17:82 error CR410 beat 'call' is a detour, reached only by pushing 'call_in'; lead here to a beat that is not a detour @ beats[0].decision.choices[2].next",
        "24:9-24:10 error CR410 detour 'call' is at hour 5, but a push can come at any hour; leave at out, or write "+1" for time the call takes @ beats[2].at",
        "28:62-28:65 error CR410 choice 'pay' of detour 'call' leads to 'end'; a detour's choices say next: return, so play carries on where the push interrupted it @ beats[2].decision.choices[0].next",
        "32:5-32:11 error CR410 beat 'lonely' is a detour, but no optional inject opens it; add opens: lonely to one, or remove detour @ beats[3].detour",
        "32:5-32:11 error CR410 detour 'lonely' has no decision; a detour asks the team one and then returns, so give it a decision @ beats[3].detour",
        "35:53-35:59 error CR410 beat 'lonely' is a detour, reached only by a facilitator's push; lead here to a beat that is not a detour @ triggers[0].goto",
        "38:98-38:104 error CR410 optional inject 'wrong_open' opens beat 'second', which is not a detour; add detour: true to that beat, so it is reached only by this push @ optional_injects[1].opens",
        "39:95-39:98 error CR301 unknown beat 'cal'; did you mean 'call'? @ optional_injects[2].opens",
      ]
    `);
  });
});
