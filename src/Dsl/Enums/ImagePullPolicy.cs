namespace Consort
{
    /// <summary>A container's <c>imagePullPolicy</c>.</summary>
    /// <remarks>
    /// When it is not set, the API server defaults it from the image: <c>Always</c> for <c>:latest</c> or an
    /// untagged image, <c>IfNotPresent</c> otherwise. Numeric values are frozen.
    /// </remarks>
#if CONSORT_GENERATOR
    internal enum ImagePullPolicy
#else
    public enum ImagePullPolicy
#endif
    {
        /// <summary>Pull the image every time the container starts.</summary>
        Always = 0,

        /// <summary>Pull the image only when it is not already on the node.</summary>
        IfNotPresent = 1,

        /// <summary>Never pull; the image must already be on the node.</summary>
        Never = 2,
    }
}
