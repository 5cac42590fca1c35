import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { escapeXml, escapeXmlAttribute, stripInvalidXmlChars } from './xml-escape.ts';

describe('xml escaping', () => {
  it('escapes the five XML specials', () => {
    assert.equal(escapeXml(`<a href="x">&'</a>`), '&lt;a href=&quot;x&quot;&gt;&amp;&apos;&lt;/a&gt;');
  });
  it('drops control characters and lone surrogates, keeping tab, newlines and real pairs', () => {
    assert.equal(stripInvalidXmlChars('a\u0000b\u001Bc\td\ne\rf\uD800g\uDC00h😀\uFFFF'), 'abc\td\ne\rfgh😀');
  });
  it('keeps newlines in attributes as character references', () => {
    assert.equal(escapeXmlAttribute('a\nb\tc'), 'a&#10;b&#9;c');
  });
});
