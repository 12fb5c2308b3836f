using System.Diagnostics;
using System.IO.Pipelines;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using NarrativeLint.LanguageServer.Protocol;
using NarrativeLint.LanguageServer.Server;
using NarrativeLint.LanguageServer.Transport;
using StreamJsonRpc;

namespace NarrativeLint.LanguageServer;

/// <summary>Runs the language server over a pair of streams (the process's standard input and output for <c>narrativelint lsp</c>).</summary>
public static class LanguageServerHost
{
    public static readonly JsonSerializerOptions SerializerOptions = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        // The protocol's structures by their generated contracts (which the native publish needs); StreamJsonRpc's
        // own types (request ids, error data), which it gives converters for, through the reflection resolver.
        TypeInfoResolver = JsonTypeInfoResolver.Combine(ProtocolJson.Default, new DefaultJsonTypeInfoResolver()),
    };

    /// <summary>Serves until the client sends <c>exit</c> or closes the stream; returns the process exit code.</summary>
    public static async Task<int> RunAsync(Stream input, Stream output, ServerLog log)
    {
        var formatter = new SystemTextJsonFormatter { JsonSerializerOptions = SerializerOptions };
        var handler = new TolerantMessageHandler(PipeWriter.Create(output), PipeReader.Create(input), formatter, log);
        using var rpc = new JsonRpc(handler);
        rpc.TraceSource = new TraceSource("narrativelint-lsp", SourceLevels.Warning);
        rpc.TraceSource.Listeners.Clear();
        rpc.TraceSource.Listeners.Add(new LogTraceListener(log));
        using var server = new NarrativeLintServer(rpc, log);
        rpc.AddLocalRpcTarget(RpcTargetMetadata.FromClass(typeof(NarrativeLintServer)), server, new JsonRpcTargetOptions { UseSingleObjectParameterDeserialization = true });
        rpc.StartListening();
        var finished = await Task.WhenAny(server.Exited, rpc.Completion).ConfigureAwait(false);
        if (finished == server.Exited) return await server.Exited.ConfigureAwait(false);
        log.Info("the client closed the connection without 'exit'");
        return 1;
    }

    /// <summary>StreamJsonRpc's own warnings (a method that threw, a message it could not dispatch) go to the server log.</summary>
    sealed class LogTraceListener(ServerLog log) : TraceListener
    {
        public override void Write(string? message) { }

        public override void WriteLine(string? message)
        {
            if (message is not null) log.Info(message);
        }
    }
}
