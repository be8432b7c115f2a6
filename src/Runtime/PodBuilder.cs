using k8s.Models;

namespace Consort.Kubernetes
{
    /// <summary>The builder of a <c>[Pod]</c> workload: <see cref="WorkloadBuilder{TWorkload, TBuilder}"/> and the Pod's own settings.</summary>
    /// <typeparam name="TBuilder">The workload's own builder type.</typeparam>
    public abstract class PodBuilder<TBuilder> : WorkloadBuilder<V1Pod, TBuilder>
        where TBuilder : PodBuilder<TBuilder>
    {
        /// <summary>Starts from the workload declared by <paramref name="manifest"/>.</summary>
        protected PodBuilder(ManifestDocuments manifest)
            : base(manifest)
        {
        }

        /// <summary>Sets the pod's <c>restartPolicy</c> (<c>spec.restartPolicy</c>).</summary>
        public TBuilder WithRestartPolicy(PodRestartPolicy restartPolicy) => Change(w => w.Spec.RestartPolicy = restartPolicy.ToString());

        private protected sealed override V1PodSpec PodSpec(V1Pod workload) => workload.Spec;

        private protected sealed override V1ObjectMeta? TemplateMetadata(V1Pod workload) => null;
    }
}
