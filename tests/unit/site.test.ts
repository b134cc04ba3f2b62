import { describe, expect, it } from 'vitest';
import { pageKey, siteOf } from '../../lib/page/site';

describe('siteOf', () => {
  it('is the host name, less "www."', () => {
    expect(siteOf('https://www.example.com/news/story?id=1#top')).toBe('example.com');
    expect(siteOf('http://news.example.co.uk/')).toBe('news.example.co.uk');
    expect(siteOf('https://WWW.Example.COM/')).toBe('example.com');
    expect(siteOf('https://example.com:8443/x')).toBe('example.com');
    expect(siteOf('http://localhost:3000/demo')).toBe('localhost');
    expect(siteOf('http://127.0.0.1:8080/')).toBe('127.0.0.1');
  });

  it('keeps a "www" that is not a prefix label', () => {
    expect(siteOf('https://www2.example.com/')).toBe('www2.example.com');
    expect(siteOf('https://news.www.example.com/')).toBe('news.www.example.com');
  });

  it('groups local files together', () => {
    expect(siteOf('file:///home/reader/article.html')).toBe('local files');
  });

  it('is null for other schemes and for what is not a URL', () => {
    for (const url of ['chrome://extensions', 'about:blank', 'moz-extension://abc/popup.html', 'data:text/html,hi', 'not a url', '']) {
      expect(siteOf(url), url).toBeNull();
    }
  });
});

describe('pageKey', () => {
  it('is the address without query or fragment', () => {
    expect(pageKey('https://www.example.com/news/story?utm_source=x#comments')).toBe('https://www.example.com/news/story');
    expect(pageKey('https://example.com')).toBe('https://example.com/');
    expect(pageKey('http://example.com:8080/a/b/')).toBe('http://example.com:8080/a/b/');
  });

  it('gives the same key for the same page however it was reached', () => {
    expect(pageKey('https://example.com/story?ref=home')).toBe(pageKey('https://example.com/story#section-2'));
  });

  it('leaves what is not a URL as it is', () => {
    expect(pageKey('not a url')).toBe('not a url');
  });
});
