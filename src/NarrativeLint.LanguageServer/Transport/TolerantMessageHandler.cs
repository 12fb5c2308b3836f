using System.IO.Pipelines;
using System.Text.Json;
using NarrativeLint.LanguageServer.Server;
using StreamJsonRpc;
using StreamJsonRpc.Protocol;

namespace NarrativeLint.LanguageServer.Transport;

/// <summary>
/// LSP's header-delimited framing (StreamJsonRpc's own), except that a frame whose body is not a JSON-RPC message
/// gets a parse-error response and the server reads on. StreamJsonRpc alone would close the connection, and an
/// editor's one bad frame would cost the user their diagnostics.
/// </summary>
public sealed class TolerantMessageHandler(PipeWriter writer, PipeReader reader, IJsonRpcMessageFormatter formatter, ServerLog log)
    : HeaderDelimitedMessageHandler(writer, reader, formatter)
{
    protected override async ValueTask<JsonRpcMessage?> ReadCoreAsync(CancellationToken cancellationToken)
    {
        while (true)
        {
            try
            {
                return await base.ReadCoreAsync(cancellationToken).ConfigureAwait(false);
            }
            catch (Exception e) when (e is JsonException or BadRpcHeaderException)
            {
                // The frame was read whole before its body failed to parse, so the next frame starts cleanly.
                log.Error("malformed message skipped", e);
                await WriteAsync(new JsonRpcError
                {
                    RequestId = RequestId.Null,
                    Error = new JsonRpcError.ErrorDetail { Code = JsonRpcErrorCode.ParseError, Message = $"Malformed message: {e.Message}" },
                }, cancellationToken).ConfigureAwait(false);
            }
        }
    }
}
