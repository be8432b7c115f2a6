using System;
using System.Diagnostics;

namespace Consort
{
    /// <summary>A port the container listens on (an entry in <c>ports</c>).</summary>
    /// <remarks>A named port also becomes a constant: <c>[Port(8080, Name = "http")]</c> on <c>Api</c> gives <c>W.Api.Ports.Http</c>.</remarks>
    [AttributeUsage(AttributeTargets.Class, AllowMultiple = true, Inherited = false)]
    [Conditional("CONSORT_KEEP_ATTRIBUTES")]
    public sealed class PortAttribute : Attribute
    {
        /// <summary>Declares a container port.</summary>
        /// <param name="containerPort">The port number, 1–65535.</param>
        public PortAttribute(int containerPort) => ContainerPort = containerPort;

        /// <summary>The port number.</summary>
        public int ContainerPort { get; }

        /// <summary>The port's name: at most 15 lowercase letters, digits and single hyphens, with at least one letter (<c>http</c>, <c>metrics</c>).</summary>
        public string? Name { get; set; }

        /// <summary>The protocol (default <see cref="Protocol.Tcp"/>).</summary>
        public Protocol Protocol { get; set; }

        /// <summary>The port on the node that forwards to this one; with <c>HostNetwork</c> it must equal the container port.</summary>
        public int HostPort { get; set; }
    }
}
