import { describe, expect, it } from 'vitest';
import { changeMeter, fairAdd, plainAdd, roundHalfAwayFromZero, setMeter } from '../../src/engine/meters';

const percent = { min: 0, max: 100 };
const signed = { min: -50, max: 50 };

describe('fairAdd', () => {
  it('gives the documented examples', () => {
    expect(fairAdd(percent, 100, 10)).toBe(100);
    expect(fairAdd(percent, 0, -10)).toBe(0);
    expect(fairAdd(percent, 95, 10)).toBe(95);
    expect(fairAdd(percent, 50, 10)).toBe(55);
    expect(fairAdd(percent, 50, -100)).toBe(0);
  });

  it('truncates towards the current value in both directions', () => {
    expect(fairAdd(percent, 33, 10)).toBe(39); // 6.7 -> 6
    expect(fairAdd(percent, 67, -10)).toBe(61); // 6.7 -> 6
    expect(fairAdd(percent, 1, -50)).toBe(1); // 0.5 -> 0
    expect(fairAdd(percent, 99, 50)).toBe(99);
  });

  it('reaches the bound exactly at 100 per cent', () => {
    expect(fairAdd(percent, 37, 100)).toBe(100);
    expect(fairAdd(percent, 37, -100)).toBe(0);
    expect(fairAdd(percent, 37, 0)).toBe(37);
  });

  it('measures the distance from the declared bounds on a negative range', () => {
    expect(fairAdd(signed, -50, 10)).toBe(-40);
    expect(fairAdd(signed, -10, -50)).toBe(-30);
    expect(fairAdd(signed, 50, 20)).toBe(50);
    expect(fairAdd(signed, -50, -20)).toBe(-50);
    expect(fairAdd(signed, -45, -50)).toBe(-47); // 2.5 -> 2
  });
});

describe('plainAdd', () => {
  it('clamps to the range', () => {
    expect(plainAdd(percent, 95, 10)).toBe(100);
    expect(plainAdd(percent, 5, -10)).toBe(0);
    expect(plainAdd(percent, 50, 10)).toBe(60);
    expect(plainAdd(signed, -45, -10)).toBe(-50);
    expect(plainAdd(signed, 45, 10)).toBe(50);
  });
});

describe('setMeter', () => {
  it('assigns, clamped', () => {
    expect(setMeter(percent, 40)).toBe(40);
    expect(setMeter(percent, 140)).toBe(100);
    expect(setMeter(signed, -80)).toBe(-50);
  });
});

describe('changeMeter', () => {
  it('dispatches on the change kind', () => {
    expect(changeMeter(percent, 50, { meter: 'm', op: 'add', amount: -5 })).toBe(45);
    expect(changeMeter(percent, 50, { meter: 'm', op: 'fair', percent: 10 })).toBe(55);
    expect(changeMeter(percent, 50, { meter: 'm', op: 'set', value: 7 })).toBe(7);
  });
});

describe('roundHalfAwayFromZero', () => {
  it('rounds halves away from zero on both sides', () => {
    expect(roundHalfAwayFromZero(2.5)).toBe(3);
    expect(roundHalfAwayFromZero(-2.5)).toBe(-3);
    expect(roundHalfAwayFromZero(-7.5)).toBe(-8);
    expect(roundHalfAwayFromZero(-3.75)).toBe(-4);
    expect(roundHalfAwayFromZero(-3.25)).toBe(-3);
    expect(roundHalfAwayFromZero(-0.4)).toBe(0);
  });
});
