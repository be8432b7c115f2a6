using System;
using System.Diagnostics;

namespace Consort
{
    /// <summary>Declares a <c>batch/v1</c> CronJob: a Job started on a schedule.</summary>
    /// <example><c>[CronJob("report", "*/5 * * * *")]</c></example>
    [AttributeUsage(AttributeTargets.Class, AllowMultiple = false, Inherited = false)]
    [Conditional("CONSORT_KEEP_ATTRIBUTES")]
    public sealed class CronJobAttribute : WorkloadAttribute
    {
        /// <summary>Declares a cron job.</summary>
        /// <param name="name">The cron job's <c>metadata.name</c>: a lowercase RFC 1123 name of at most 52 characters.</param>
        /// <param name="schedule">The schedule in cron format, such as <c>*/5 * * * *</c> or <c>@hourly</c>.</param>
        public CronJobAttribute(string name, string schedule) : base(name) => Schedule = schedule;

        /// <summary>The schedule in cron format.</summary>
        public string Schedule { get; }

        /// <summary>What to do when a run is due while the previous one still runs. The API server's default is <see cref="Consort.ConcurrencyPolicy.Allow"/>.</summary>
        public ConcurrencyPolicy ConcurrencyPolicy { get; set; }

        /// <summary>Retries before a run fails (<c>backoffLimit</c>). The API server's default is 6.</summary>
        public int BackoffLimit { get; set; } = 6;

        /// <summary>Successful pods needed per run (<c>completions</c>). The API server's default is 1.</summary>
        public int Completions { get; set; } = 1;

        /// <summary>Pods running at once per run (<c>parallelism</c>). The API server's default is 1.</summary>
        public int Parallelism { get; set; } = 1;

        /// <summary>Seconds after a run finishes before its Job is deleted. Default: kept.</summary>
        public int TtlSecondsAfterFinished { get; set; }

        /// <summary>The pods' <c>restartPolicy</c>: <see cref="PodRestartPolicy.Never"/> (the default) or <see cref="PodRestartPolicy.OnFailure"/>.</summary>
        public PodRestartPolicy RestartPolicy { get; set; } = PodRestartPolicy.Never;
    }
}
