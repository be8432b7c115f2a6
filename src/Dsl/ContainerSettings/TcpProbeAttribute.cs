using System;
using System.Diagnostics;

namespace Consort
{
    /// <summary>A probe that succeeds when a TCP connection to the port opens.</summary>
    [AttributeUsage(AttributeTargets.Class, AllowMultiple = true, Inherited = false)]
    [Conditional("CONSORT_KEEP_ATTRIBUTES")]
    public sealed class TcpProbeAttribute : ProbeAttribute
    {
        /// <summary>Probes port number <paramref name="port"/>.</summary>
        /// <param name="kind">Liveness, readiness or startup.</param>
        /// <param name="port">The port number.</param>
        public TcpProbeAttribute(ProbeKind kind, int port) : base(kind) => Port = port;

        /// <summary>Probes the named port <paramref name="portName"/>.</summary>
        /// <param name="kind">Liveness, readiness or startup.</param>
        /// <param name="portName">The name of one of the container's ports.</param>
        public TcpProbeAttribute(ProbeKind kind, string portName) : base(kind) => PortName = portName;

        /// <summary>The port number, when given as a number.</summary>
        public int Port { get; }

        /// <summary>The port name, when given as a name.</summary>
        public string? PortName { get; }
    }
}
