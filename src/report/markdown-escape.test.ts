import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { escapeMarkdownInline, markdownCodeBlock, markdownMessage } from './markdown-escape.ts';

describe('markdown escaping', () => {
  it('keeps emphasis, links, tables and HTML literal, on one line', () => {
    assert.equal(escapeMarkdownInline('*a* [b](c) | <i>\nx'), '\\*a\\* \\[b\\](c) \\| &lt;i&gt; x');
  });
  it('fences code with more backticks than the text holds', () => {
    assert.equal(markdownCodeBlock('a ```` b'), '`````text\na ```` b\n`````');
  });
  it('puts a short message inline and a long one in an indented block', () => {
    assert.equal(markdownMessage('short', '  '), ': short');
    assert.equal(markdownMessage('line 1\nline 2', '  '), '\n\n  ```text\n  line 1\n  line 2\n  ```');
  });
});
