using k8s.Models;

namespace Consort.Kubernetes
{
    /// <summary>The builder of a <c>[CronJob]</c> workload: <see cref="JobSpecBuilder{TWorkload, TBuilder}"/> and the schedule.</summary>
    /// <typeparam name="TBuilder">The workload's own builder type.</typeparam>
    public abstract class CronJobBuilder<TBuilder> : JobSpecBuilder<V1CronJob, TBuilder>
        where TBuilder : CronJobBuilder<TBuilder>
    {
        /// <summary>Starts from the workload declared by <paramref name="manifest"/>.</summary>
        protected CronJobBuilder(ManifestDocuments manifest)
            : base(manifest)
        {
        }

        /// <summary>Sets the schedule, in cron format (<c>spec.schedule</c>); the builder does not check it.</summary>
        public TBuilder WithSchedule(string schedule) => Change(w => w.Spec.Schedule = schedule);

        /// <summary>Sets what happens when a run is due while the previous one still runs (<c>spec.concurrencyPolicy</c>, written also when Allow).</summary>
        public TBuilder WithConcurrencyPolicy(ConcurrencyPolicy concurrencyPolicy) => Change(w => w.Spec.ConcurrencyPolicy = concurrencyPolicy.ToString());

        private protected sealed override V1JobSpec JobSpec(V1CronJob workload) => workload.Spec.JobTemplate.Spec;
    }
}
