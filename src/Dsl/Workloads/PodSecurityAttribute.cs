using System;
using System.Diagnostics;

namespace Consort
{
    /// <summary>
    /// The Pod Security Standards level this workload's pods are checked against at compile time (CNS201–CNS219), in place
    /// of the project's <c>ConsortPodSecurity</c>: the level of the namespace it is deployed to.
    /// </summary>
    /// <example><c>[PodSecurity(PodSecurityLevel.Privileged)]</c> on a node agent that needs the host.</example>
    [AttributeUsage(AttributeTargets.Class, AllowMultiple = false, Inherited = false)]
    [Conditional("CONSORT_KEEP_ATTRIBUTES")]
    public sealed class PodSecurityAttribute : Attribute
    {
        /// <summary>Checks the workload against <paramref name="level"/>.</summary>
        /// <param name="level">The level of the namespace the workload runs in.</param>
        public PodSecurityAttribute(PodSecurityLevel level) => Level = level;

        /// <summary>The level.</summary>
        public PodSecurityLevel Level { get; }
    }
}
