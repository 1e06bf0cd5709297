import { describe, expect, it } from 'vitest';
import { CodeUnitProperty } from '../../src/text/code-unit-property.ts';

describe('a property of code units', () => {
  it('works out each unit once, from its character', () => {
    const asked: string[] = [];
    const upper = new CodeUnitProperty((char) => {
      asked.push(char);
      return char.toUpperCase().charCodeAt(0);
    });
    expect(upper.of(0x61)).toBe(0x41);
    expect(upper.of(0x61)).toBe(0x41);
    expect(upper.of(0xe9)).toBe(0xc9);
    expect(asked).toEqual(['a', 'é']);
  });

  it('keeps the values 0 and -1 apart from "not asked yet"', () => {
    let calls = 0;
    const sign = new CodeUnitProperty((char) => {
      calls++;
      return char === '-' ? -1 : 0;
    });
    expect([sign.of(0x2d), sign.of(0x2d), sign.of(0x30), sign.of(0x30)]).toEqual([-1, -1, 0, 0]);
    expect(calls).toBe(2);
  });

  it('hands half a surrogate pair over as a lone surrogate', () => {
    const length = new CodeUnitProperty((char) => char.length);
    expect(length.of(0xd83d)).toBe(1);
  });

  it('refuses a value it cannot store', () => {
    expect(() => new CodeUnitProperty(() => -2).of(0x61)).toThrow(/from -1 up/);
    expect(() => new CodeUnitProperty(() => 0.5).of(0x61)).toThrow(/integer/);
  });
});
