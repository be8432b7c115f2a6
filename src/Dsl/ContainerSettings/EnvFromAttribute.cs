using System;
using System.Diagnostics;

namespace Consort
{
    /// <summary>
    /// Every key of a ConfigMap or Secret as an environment variable (an entry in <c>envFrom</c>). Give exactly one
    /// of <see cref="ConfigMap"/>, <see cref="Secret"/> or <see cref="Source"/>.
    /// </summary>
    /// <example><c>[EnvFrom(ConfigMap = "app-config", Prefix = "APP_")]</c> or <c>[EnvFrom(Secret = "db", Optional = true)]</c></example>
    [AttributeUsage(AttributeTargets.Class, AllowMultiple = true, Inherited = false)]
    [Conditional("CONSORT_KEEP_ATTRIBUTES")]
    public sealed class EnvFromAttribute : Attribute
    {
        /// <summary>The name of a ConfigMap in the workload's namespace.</summary>
        public string? ConfigMap { get; set; }

        /// <summary>The name of a Secret in the workload's namespace.</summary>
        public string? Secret { get; set; }

        /// <summary>A <c>[ConfigMap]</c> part of the same workload, as <c>typeof(ThePart)</c>.</summary>
        public Type? Source { get; set; }

        /// <summary>A prefix for every variable name, such as <c>APP_</c>.</summary>
        public string? Prefix { get; set; }

        /// <summary>Whether the container may start when the ConfigMap or Secret does not exist.</summary>
        public bool Optional { get; set; }
    }
}
