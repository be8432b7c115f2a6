using System;
using System.Diagnostics;

namespace Consort
{
    /// <summary>A probe that calls the gRPC health checking protocol (<c>grpc.health.v1.Health/Check</c>) on a port.</summary>
    /// <example><c>[GrpcProbe(ProbeKind.Readiness, 7070)]</c></example>
    [AttributeUsage(AttributeTargets.Class, AllowMultiple = true, Inherited = false)]
    [Conditional("CONSORT_KEEP_ATTRIBUTES")]
    public sealed class GrpcProbeAttribute : ProbeAttribute
    {
        /// <summary>Probes port number <paramref name="port"/>.</summary>
        /// <param name="kind">Liveness, readiness or startup.</param>
        /// <param name="port">The port number (gRPC probes take no port name).</param>
        public GrpcProbeAttribute(ProbeKind kind, int port) : base(kind) => Port = port;

        /// <summary>The port number.</summary>
        public int Port { get; }

        /// <summary>The service name sent in the health check request; when not set, the server's overall health.</summary>
        public string? Service { get; set; }
    }
}
