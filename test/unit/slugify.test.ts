import { describe, expect, it } from 'vitest';
import { isKebabCase, slugify } from '../../src/lib/agents/slugify.ts';

describe('slugify', () => {
  it.each([
    ['backend-expert', 'backend-expert'],
    ['Brand Guardian', 'brand-guardian'],
    ['Python DevOps/CI-CD Expert', 'python-devops-ci-cd-expert'],
    ['4.1-Beast', '4-1-beast'],
    ['Café  Über__Agent', 'cafe-uber-agent'],
    ['../../etc/passwd', 'etc-passwd'],
    ['C:\\Windows\\system32', 'c-windows-system32'],
    ['--leading', 'leading'],
    ['日本語', ''],
  ])('makes %j into %j', (name, slug) => {
    expect(slugify(name)).toBe(slug);
  });
  it('never yields anything but a-z, 0-9 and inner hyphens, and at most 80 characters', () => {
    const slug = slugify(`${'Long name '.repeat(20)}!`);
    expect(slug).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
    expect(slug.length).toBeLessThanOrEqual(80);
  });
  it('tells kebab-case names from others', () => {
    expect([isKebabCase('code-reviewer'), isKebabCase('Code Reviewer'), isKebabCase('code_reviewer')]).toEqual([true, false, false]);
  });
});
