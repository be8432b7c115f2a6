using System;
using System.Diagnostics;

namespace Consort
{
    /// <summary>A probe that succeeds when an HTTP GET returns a status from 200 to 399.</summary>
    /// <example><c>[HttpProbe(ProbeKind.Readiness, "/healthz", 8080)]</c></example>
    [AttributeUsage(AttributeTargets.Class, AllowMultiple = true, Inherited = false)]
    [Conditional("CONSORT_KEEP_ATTRIBUTES")]
    public sealed class HttpProbeAttribute : ProbeAttribute
    {
        /// <summary>Probes <paramref name="path"/> on port number <paramref name="port"/>.</summary>
        /// <param name="kind">Liveness, readiness or startup.</param>
        /// <param name="path">The request path, such as <c>/healthz</c>.</param>
        /// <param name="port">The port number.</param>
        public HttpProbeAttribute(ProbeKind kind, string path, int port) : base(kind)
        {
            Path = path;
            Port = port;
        }

        /// <summary>Probes <paramref name="path"/> on the named port <paramref name="portName"/>.</summary>
        /// <param name="kind">Liveness, readiness or startup.</param>
        /// <param name="path">The request path, such as <c>/healthz</c>.</param>
        /// <param name="portName">The name of one of the container's ports, such as <c>http</c>.</param>
        public HttpProbeAttribute(ProbeKind kind, string path, string portName) : base(kind)
        {
            Path = path;
            PortName = portName;
        }

        /// <summary>The request path.</summary>
        public string Path { get; }

        /// <summary>The port number, when given as a number.</summary>
        public int Port { get; }

        /// <summary>The port name, when given as a name.</summary>
        public string? PortName { get; }

        /// <summary>Whether to use HTTPS (certificates are not verified) instead of HTTP.</summary>
        public bool Https { get; set; }

        /// <summary>Request headers, each written <c>"Name: value"</c> (<c>"Cookie: session=probe"</c>).</summary>
        public string[]? Headers { get; set; }
    }
}
