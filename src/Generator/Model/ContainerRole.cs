namespace Consort.Generator.Model;

/// <summary>What a container is for; decides where lowering puts it.</summary>
internal enum ContainerRole
{
    App,
    Init,
    Sidecar,

    /// <summary>An init container a preset needs before every sidecar (Istio's <c>istio-init</c>).</summary>
    SidecarSetup,
}
