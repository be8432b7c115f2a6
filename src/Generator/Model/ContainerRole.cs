namespace Consort.Generator.Model;

/// <summary>What a container is for; decides where lowering puts it.</summary>
internal enum ContainerRole
{
    App,
    Init,
    Sidecar,
}
