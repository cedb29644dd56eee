using System;
using System.Runtime.InteropServices;
using System.Threading;
using OkxGen.Testing.Host;

// Runs the verifying server until Ctrl+C (or SIGTERM), for clients in other languages. `--help` for the options.
using var stop = new CancellationTokenSource();
Console.CancelKeyPress += (_, e) =>
{
    e.Cancel = true;
    stop.Cancel();
};
using PosixSignalRegistration terminate = PosixSignalRegistration.Create(PosixSignal.SIGTERM, context =>
{
    context.Cancel = true;
    stop.Cancel();
});

return await HostCommand.RunAsync(args, Environment.GetEnvironmentVariable, Console.Out, Console.Error, stop.Token);
