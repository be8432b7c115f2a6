using k8s;
using k8s.Models;

namespace Consort.Kubernetes
{
    /// <summary>What the builders of a Job and a CronJob share: the settings of the Job spec and of its pods.</summary>
    /// <typeparam name="TWorkload"><see cref="V1Job"/> or <see cref="V1CronJob"/>.</typeparam>
    /// <typeparam name="TBuilder">The workload's own builder type.</typeparam>
    public abstract class JobSpecBuilder<TWorkload, TBuilder> : WorkloadBuilder<TWorkload, TBuilder>
        where TWorkload : class, IKubernetesObject<V1ObjectMeta>
        where TBuilder : JobSpecBuilder<TWorkload, TBuilder>
    {
        private protected JobSpecBuilder(ManifestDocuments manifest)
            : base(manifest)
        {
        }

        /// <summary>Sets the pods' <c>restartPolicy</c> (OnFailure or Never; the API server rejects Always for a Job).</summary>
        public TBuilder WithRestartPolicy(PodRestartPolicy restartPolicy) => Change(w => PodSpec(w).RestartPolicy = restartPolicy.ToString());

        /// <summary>Sets the retries before the Job fails (<c>backoffLimit</c>).</summary>
        public TBuilder WithBackoffLimit(int backoffLimit) => Change(w => JobSpec(w).BackoffLimit = backoffLimit);

        /// <summary>Sets the successful pods needed (<c>completions</c>).</summary>
        public TBuilder WithCompletions(int completions) => Change(w => JobSpec(w).Completions = completions);

        /// <summary>Sets the pods that run at once (<c>parallelism</c>).</summary>
        public TBuilder WithParallelism(int parallelism) => Change(w => JobSpec(w).Parallelism = parallelism);

        /// <summary>Sets the seconds after it finishes before the Job is deleted (<c>ttlSecondsAfterFinished</c>).</summary>
        public TBuilder WithTtlSecondsAfterFinished(int seconds) => Change(w => JobSpec(w).TtlSecondsAfterFinished = seconds);

        /// <summary>The Job spec: <c>spec</c> of a Job, <c>spec.jobTemplate.spec</c> of a CronJob.</summary>
        private protected abstract V1JobSpec JobSpec(TWorkload workload);

        private protected sealed override V1PodSpec PodSpec(TWorkload workload) => JobSpec(workload).Template.Spec;

        private protected sealed override V1ObjectMeta? TemplateMetadata(TWorkload workload) => JobSpec(workload).Template.Metadata ??= new V1ObjectMeta();
    }
}
