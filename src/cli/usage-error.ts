/** A mistake in how the CLI was called: exit 2 with a one-line reason and what to do. */
export class UsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UsageError';
  }
}
