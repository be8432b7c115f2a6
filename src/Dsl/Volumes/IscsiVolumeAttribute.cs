using System;
using System.Diagnostics;

namespace Consort
{
    /// <summary>
    /// A volume with a disk of an iSCSI target, attached by the node and mounted into the pod (one pod writes to it at
    /// a time; several may read it with <see cref="ReadOnly"/>).
    /// </summary>
    /// <example><c>[IscsiVolume("10.0.2.15:3260", "iqn.2001-04.com.example:storage.disk1", 0, FsType = "ext4", ReadOnly = true)]</c></example>
    [AttributeUsage(AttributeTargets.Class, AllowMultiple = false, Inherited = false)]
    [Conditional("CONSORT_KEEP_ATTRIBUTES")]
    public sealed class IscsiVolumeAttribute : VolumeAttribute
    {
        /// <summary>Declares the volume.</summary>
        /// <param name="targetPortal">The target's portal: an IP address, with <c>:port</c> when the port is not 3260.</param>
        /// <param name="iqn">The target's name: <c>iqn.YYYY-MM.reversed.domain:name</c>, <c>eui.</c> and 16 letters or
        /// digits, or <c>naa.</c> and 32.</param>
        /// <param name="lun">The target's logical unit number, from 0 to 255.</param>
        public IscsiVolumeAttribute(string targetPortal, string iqn, int lun)
        {
            TargetPortal = targetPortal;
            Iqn = iqn;
            Lun = lun;
        }

        /// <summary>The target's portal.</summary>
        public string TargetPortal { get; }

        /// <summary>The target's iSCSI qualified name.</summary>
        public string Iqn { get; }

        /// <summary>The target's logical unit number.</summary>
        public int Lun { get; }

        /// <summary>More portals of the same target, tried when <see cref="TargetPortal"/> does not answer (multipath).</summary>
        public string[]? Portals { get; set; }

        /// <summary>The file system on the disk, such as <c>ext4</c> or <c>xfs</c>; when not set, the node's default (ext4).</summary>
        public string? FsType { get; set; }

        /// <summary>Mounts the disk read-only in every container that mounts the volume.</summary>
        public bool ReadOnly { get; set; }

        /// <summary>The node's iSCSI interface (transport) to connect through; when not set, <c>default</c> (TCP).</summary>
        public string? Interface { get; set; }

        /// <summary>The initiator name the node presents for this volume, in the same forms as the target's name.</summary>
        public string? InitiatorName { get; set; }

        /// <summary>Authenticates discovery with CHAP, using the credentials in <see cref="Secret"/>.</summary>
        public bool ChapAuthDiscovery { get; set; }

        /// <summary>Authenticates the session with CHAP, using the credentials in <see cref="Secret"/>.</summary>
        public bool ChapAuthSession { get; set; }

        /// <summary>The Secret in the pod's namespace with the CHAP credentials; required with either CHAP setting.</summary>
        public string? Secret { get; set; }
    }
}
