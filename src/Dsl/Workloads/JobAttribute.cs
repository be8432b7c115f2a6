using System;
using System.Diagnostics;

namespace Consort
{
    /// <summary>
    /// Declares a <c>batch/v1</c> Job: pods that run to completion. Its sidecars are native sidecars from
    /// Kubernetes 1.29, so they never keep the Job from completing.
    /// </summary>
    [AttributeUsage(AttributeTargets.Class, AllowMultiple = false, Inherited = false)]
    [Conditional("CONSORT_KEEP_ATTRIBUTES")]
    public sealed class JobAttribute : WorkloadAttribute
    {
        /// <summary>Declares a job.</summary>
        /// <param name="name">The job's <c>metadata.name</c>: a lowercase RFC 1123 name.</param>
        public JobAttribute(string name) : base(name) { }

        /// <summary>Retries before the Job fails (<c>spec.backoffLimit</c>). The API server's default is 6.</summary>
        public int BackoffLimit { get; set; } = 6;

        /// <summary>Successful pods needed (<c>spec.completions</c>). The API server's default is 1.</summary>
        public int Completions { get; set; } = 1;

        /// <summary>Pods running at once (<c>spec.parallelism</c>). The API server's default is 1.</summary>
        public int Parallelism { get; set; } = 1;

        /// <summary>Seconds after it finishes before the Job is deleted (<c>spec.ttlSecondsAfterFinished</c>). Default: kept.</summary>
        public int TtlSecondsAfterFinished { get; set; }

        /// <summary>The pods' <c>restartPolicy</c>: <see cref="PodRestartPolicy.Never"/> (the default) or <see cref="PodRestartPolicy.OnFailure"/>.</summary>
        public PodRestartPolicy RestartPolicy { get; set; } = PodRestartPolicy.Never;
    }
}
