using k8s.Models;

namespace Consort.Kubernetes
{
    /// <summary>The builder of a <c>[Job]</c> workload: <see cref="JobSpecBuilder{TWorkload, TBuilder}"/>.</summary>
    /// <typeparam name="TBuilder">The workload's own builder type.</typeparam>
    public abstract class JobBuilder<TBuilder> : JobSpecBuilder<V1Job, TBuilder>
        where TBuilder : JobBuilder<TBuilder>
    {
        /// <summary>Starts from the workload declared by <paramref name="manifest"/>.</summary>
        protected JobBuilder(ManifestDocuments manifest)
            : base(manifest)
        {
        }

        private protected sealed override V1JobSpec JobSpec(V1Job workload) => workload.Spec;
    }
}
