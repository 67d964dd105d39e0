import { beforeEach, describe, expect, it } from 'vitest';
import { takeSecret } from '../../../renderer/src/host/web-secret';

function openAt(path: string) {
  window.history.replaceState(null, '', path);
}

describe('takeSecret', () => {
  beforeEach(() => openAt('/'));

  it('reads the secret from the hash and strips it from the visible address', () => {
    openAt('/index.html?x=1#k=s3cr3t');
    expect(takeSecret()).toBe('s3cr3t');
    expect(window.location.href).toBe('http://localhost:3000/index.html?x=1');
    expect(window.location.hash).toBe('');
  });

  it('keeps other hash parameters', () => {
    openAt('/#k=s3cr3t&view=journeys');
    expect(takeSecret()).toBe('s3cr3t');
    expect(window.location.hash).toBe('#view=journeys');
  });

  it('remembers the secret for a reload of the same tab', () => {
    openAt('/#k=s3cr3t');
    takeSecret();
    openAt('/');
    expect(takeSecret()).toBe('s3cr3t');
  });

  it('prefers a new secret in the address over a remembered one', () => {
    openAt('/#k=old');
    takeSecret();
    openAt('/#k=new');
    expect(takeSecret()).toBe('new');
    openAt('/');
    expect(takeSecret()).toBe('new');
  });

  it('gives null when the page was opened without a secret', () => {
    expect(takeSecret()).toBeNull();
  });
});
