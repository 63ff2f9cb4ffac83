/**
 * Makes a closed stdout (`copydesk check … | head`) end the run quietly: without a listener, the
 * EPIPE of the next write is an uncaught error with a stack trace. Returns the signal the run stops on.
 */
export function closeQuietlyOnBrokenPipe(stream: NodeJS.WriteStream = process.stdout): AbortSignal {
  const controller = new AbortController();
  stream.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE' || error.code === 'ERR_STREAM_DESTROYED') {
      controller.abort();
      return;
    }
    throw error;
  });
  return controller.signal;
}
