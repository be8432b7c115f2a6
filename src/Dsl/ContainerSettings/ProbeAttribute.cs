using System;

namespace Consort
{
    /// <summary>The base of <see cref="HttpProbeAttribute"/>, <see cref="TcpProbeAttribute"/> and <see cref="ExecProbeAttribute"/>: which probe, and its timing.</summary>
    /// <remarks>Timing properties left unset are left to the API server's defaults.</remarks>
    [AttributeUsage(AttributeTargets.Class, AllowMultiple = true, Inherited = false)]
    public abstract class ProbeAttribute : Attribute
    {
        /// <summary>Initializes the probe.</summary>
        /// <param name="kind">Liveness, readiness or startup.</param>
        protected ProbeAttribute(ProbeKind kind) => Kind = kind;

        /// <summary>Liveness, readiness or startup.</summary>
        public ProbeKind Kind { get; }

        /// <summary>Seconds after the container starts before the first probe (default 0).</summary>
        public int InitialDelaySeconds { get; set; }

        /// <summary>Seconds between probes (default 10).</summary>
        public int PeriodSeconds { get; set; }

        /// <summary>Seconds after which a probe times out (default 1).</summary>
        public int TimeoutSeconds { get; set; }

        /// <summary>Consecutive failures that count as failed (default 3).</summary>
        public int FailureThreshold { get; set; }

        /// <summary>Consecutive successes that count as succeeded after a failure (default 1; must be 1 for liveness and startup).</summary>
        public int SuccessThreshold { get; set; }
    }
}
