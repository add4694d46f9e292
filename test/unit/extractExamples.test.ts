import { describe, expect, it } from 'vitest';
import { extractBodyExamples, splitDescription } from '../../src/lib/agents/extractExamples.ts';
import { parseExample } from '../../src/lib/agents/parseExample.ts';

const split = (description: string) => splitDescription(description, () => 3);
const turns = (example: { turns: { speaker: string; text: string }[] }) => example.turns.map((turn) => `${turn.speaker}: ${turn.text}`);

describe('splitDescription', () => {
  it('keeps a description without examples whole, "Examples include:" prose too', () => {
    const text = 'Use this agent for backend work. Examples include: designing schemas, tuning queries.';
    expect(split(text)).toEqual({ summary: text, examples: [], findings: [] });
  });
  it('reads examples written one per line, dropping the "Examples:" lead-in', () => {
    const result = split(
      'Use this agent for APIs.\n\nExamples:\n<example>\nContext: User is designing an API\nuser: "Design a payment API"\nassistant: "I\'ll use the backend-expert agent"\n<commentary>\nPayments need care.\n</commentary>\n</example>',
    );
    expect(result.summary).toBe('Use this agent for APIs.');
    expect(result.examples).toEqual([
      {
        context: 'User is designing an API',
        turns: [
          { speaker: 'User', role: 'user', text: 'Design a payment API' },
          { speaker: 'Assistant', role: 'assistant', text: "I'll use the backend-expert agent" },
        ],
        commentary: 'Payments need care.',
      },
    ]);
  });
  it('reads several examples all on one line with single quotes and apostrophes', () => {
    const result = split(
      "Use it for SQL. Examples: <example>Context: Slow queries. user: 'My dashboard is slow, I think it's the DB' assistant: 'I'll use the db agent.' <commentary>Performance work.</commentary></example> <example>Context: New endpoint. user: 'Add orders' assistant: 'Let me use the db agent' <commentary>Schema work.</commentary></example>",
    );
    expect(result.summary).toBe('Use it for SQL.');
    expect(result.examples.map(turns)).toEqual([
      ["User: My dashboard is slow, I think it's the DB", "Assistant: I'll use the db agent."],
      ['User: Add orders', 'Assistant: Let me use the db agent'],
    ]);
    expect(result.examples.map((example) => example.context)).toEqual(['Slow queries.', 'New endpoint.']);
  });
  it('reads turns without quotes and examples without a context', () => {
    const [example] = split('Use it. <example>user: fix the build assistant: I will use the ci agent</example>').examples;
    expect(example).toEqual({
      turns: [
        { speaker: 'User', role: 'user', text: 'fix the build' },
        { speaker: 'Assistant', role: 'assistant', text: 'I will use the ci agent' },
      ],
    });
  });
  it('keeps several turns in order, including an assistant turn after the commentary', () => {
    const [example] = split(
      'Use it. <example>user: "Ship it"\nassistant: "Which branch?"\nuser: "main"\n<commentary>Release work.</commentary>\nassistant: "I\'ll use the release agent"</example>',
    ).examples;
    expect(turns(example!)).toEqual(['User: Ship it', 'Assistant: Which branch?', 'User: main', "Assistant: I'll use the release agent"]);
    expect(example!.commentary).toBe('Release work.');
  });
  it('keeps other speaker names (Human, Daisy) and smart quotes', () => {
    const [example] = split('Use it. <example>\nHuman: “Plan my sprint”\nDaisy: "Can you help?"\nAssistant: “Using the planner”\n</example>').examples;
    expect(example!.turns.map((turn) => [turn.speaker, turn.role, turn.text])).toEqual([
      ['Human', 'user', 'Plan my sprint'],
      ['Daisy', 'user', 'Can you help?'],
      ['Assistant', 'assistant', 'Using the planner'],
    ]);
  });
  it('does not split a turn at a label inside its quotes', () => {
    const [example] = split('Use it. <example>user: "Explain this line: user: admin" assistant: "Sure"</example>').examples;
    expect(turns(example!)).toEqual(['User: Explain this line: user: admin', 'Assistant: Sure']);
  });
  it('reads <context>, <user_request> and <delegation> tags as the context and turns', () => {
    const [example] = split(
      'Use it. <example><context>CI is red.</context><user_request>Fix the suite.</user_request><delegation>Launching the fixer.</delegation><commentary>Long task.</commentary></example>',
    ).examples;
    expect(example).toEqual({
      context: 'CI is red.',
      turns: [
        { speaker: 'User', role: 'user', text: 'Fix the suite.' },
        { speaker: 'Assistant', role: 'assistant', text: 'Launching the fixer.' },
      ],
      commentary: 'Long task.',
    });
  });
  it('reads an unclosed example up to the next one, and warns', () => {
    const result = split('Use it. <example>user: "a" assistant: "b" <example>user: "c" assistant: "d"</example>');
    expect(result.examples.map(turns)).toEqual([
      ['User: a', 'Assistant: b'],
      ['User: c', 'Assistant: d'],
    ]);
    expect(result.findings.map((finding) => [finding.code, finding.line])).toEqual([['unclosed-example', 3]]);
  });
  it('keeps text after the last example in the summary, and drops list markers between examples', () => {
    const result = split('Use it for data.\n\nExamples:\n- <example>user: "a" assistant: "b"</example>\n- <example>user: "c" assistant: "d"</example>\n\nUse proactively after imports.');
    expect(result.summary).toBe('Use it for data.\n\nUse proactively after imports.');
    expect(result.examples).toHaveLength(2);
  });
  it.each([
    ['Use it. Examples:', 'Use it.'],
    ['Use it. Here are some examples:', 'Use it.'],
    ['Use it. Examples of when to use this agent:', 'Use it.'],
    ['Use it for docs. Specifically:', 'Use it for docs.'],
    ['Use it, for example:', 'Use it,'],
  ])('drops the lead-in %j', (before, summary) => {
    expect(split(`${before} <example>user: "a"</example>`).summary).toBe(summary);
  });
});

describe('parseExample', () => {
  it('takes prose before any label as the context', () => {
    expect(parseExample('The user just merged a PR.\nuser: "Review it"')).toEqual({
      context: 'The user just merged a PR.',
      turns: [{ speaker: 'User', role: 'user', text: 'Review it' }],
    });
  });
});

describe('extractBodyExamples', () => {
  it('finds conversation examples in the body, with the line of an unclosed one', () => {
    const body = 'Intro\n\n<example>\nuser: "a"\nassistant: "b"\n</example>\n\n<example>\nuser: "c"\n';
    const result = extractBodyExamples(body, 10);
    expect(result.examples.map(turns)).toEqual([['User: a', 'Assistant: b'], ['User: c']]);
    expect(result.findings.map((finding) => finding.line)).toEqual([17]);
  });
  it('gives the line of each of several unclosed examples, and reads thousands of them without reading the prompt again for each', () => {
    const body = '<example>\nuser: "a"\n\n<example>user: "b"\n<example>Output only\n\n\n<example>\nuser: "c"';
    expect(extractBodyExamples(body, 5).findings.map((finding) => [finding.line, finding.message.match(/Example \d+/)?.[0]])).toEqual([
      [5, 'Example 1'],
      [8, 'Example 2'],
      [12, 'Example 3'],
    ]);
    const many = extractBodyExamples('<example>user: "hi"\n'.repeat(20_000), 1).findings;
    expect([many.length, many.at(-1)!.line]).toEqual([20_000, 20_000]);
  });
  it('reads a fence of any length as one run of backticks, closed by the same run', () => {
    const fence = '`'.repeat(50_000);
    const body = `${fence}x\n<example>\nuser: "in code"\n</example>\n${fence}\n<example>\nuser: "a"\n</example>`;
    expect(extractBodyExamples(body, 1).examples.map(turns)).toEqual([['User: a']]);
    // A last line of backticks that ends the prompt, read once (not once for each of its shorter starts).
    expect(extractBodyExamples(`<example>\nuser: "a"\n</example>\n${fence}x`, 1).examples.map(turns)).toEqual([['User: a']]);
  });
  it('ignores examples inside code blocks and inline code, and blocks that are not conversations', () => {
    const body = '```xml\n<example>\nuser: "no"\n</example>\n```\nWrite `<example>user: "no"</example>` tags.\n<example>Output: a table</example>';
    expect(extractBodyExamples(body, 1).examples).toEqual([]);
  });
});
