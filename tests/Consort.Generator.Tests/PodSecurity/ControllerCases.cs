namespace Consort.Generator.Tests.PodSecurity;

/// <summary>
/// The PodSecurity admission controller's own unit-test cases (k8s.io/pod-security-admission, policy/check_*_test.go
/// at release-1.35), one row per case: the check, the pod, and what the controller returns for it.
/// </summary>
/// <remarks>
/// <para>
/// Each row names the check by the controller's check ID and the policy version whose function the upstream test
/// calls (e.g. <c>sysctlsV1Dot27</c> is registered for v1.27, so its rows say "1.27"). Reason and detail are the
/// strings the upstream test expects, verbatim; both are null when the upstream test expects the pod to be allowed.
/// </para>
/// <para>
/// The pods are the upstream Go objects written as YAML with the Kubernetes JSON field names. The only addition is
/// <c>port: 80</c> on probe and lifecycle handlers, which the upstream objects leave unset (the port is required by
/// API validation, and no check reads it).
/// </para>
/// <para>
/// A final group of rows comes from release-1.34's tests of functions that release-1.35 still registers for older
/// policy versions (<c>runAsNonRoot</c> v1.0, <c>runAsUser</c> v1.23, baseline <c>procMount</c> v1.0), limited to
/// the cases whose outcome does not depend on the <c>UserNamespacesPodSecurityStandards</c> gate. Cases skipped
/// because they depend on a feature gate or on emulation are listed at the end of <see cref="All"/>.
/// </para>
/// </remarks>
internal static class ControllerCases
{
    /// <summary>Check ID (the controller's, e.g. "privileged"), policy version ("1.35"), pod as YAML, expected reason and detail (both null when the pod passes).</summary>
    public static TheoryData<string, string, string, string?, string?> All() => new()
    {
        // ---------------------------------------------------------------------------------------------------
        // check_hostNamespaces_test.go, TestHostNamespaces (hostNamespaces_1_0)
        // ---------------------------------------------------------------------------------------------------

        // "multiple host namespaces"
        { "hostNamespaces", "1.0", """
            spec:
              hostNetwork: true
              hostIPC: true
              hostPID: true
            """, "host namespaces", "hostNetwork=true, hostPID=true, hostIPC=true" },

        // ---------------------------------------------------------------------------------------------------
        // check_privileged_test.go, TestPrivileged (privileged_1_0)
        // ---------------------------------------------------------------------------------------------------

        // "privileged"
        { "privileged", "1.0", """
            spec:
              containers:
                - name: a
                - name: b
                  securityContext: {}
                - name: c
                  securityContext:
                    privileged: false
                - name: d
                  securityContext:
                    privileged: true
                - name: e
                  securityContext:
                    privileged: true
            """, "privileged", "containers \"d\", \"e\" must not set securityContext.privileged=true" },

        // ---------------------------------------------------------------------------------------------------
        // check_capabilities_baseline_test.go, TestCapabilitiesBaseline (capabilitiesBaseline_1_0)
        // ---------------------------------------------------------------------------------------------------

        // "multiple containers"
        { "capabilities_baseline", "1.0", """
            spec:
              containers:
                - name: a
                  securityContext:
                    capabilities:
                      add: [FOO, BAR]
                - name: b
                  securityContext:
                    capabilities:
                      add: [BAR, BAZ]
            """, "non-default capabilities", "containers \"a\", \"b\" must not include \"BAR\", \"BAZ\", \"FOO\" in securityContext.capabilities.add" },

        // ---------------------------------------------------------------------------------------------------
        // check_hostPathVolumes_test.go, TestHostPathVolumes (hostPathVolumes_1_0)
        // ---------------------------------------------------------------------------------------------------

        // "host path volumes"
        { "hostPathVolumes", "1.0", """
            spec:
              volumes:
                - name: a
                  hostPath: {}
                - name: b
                  hostPath: {}
                - name: c
                  emptyDir: {}
            """, "hostPath volumes", "volumes \"a\", \"b\"" },

        // ---------------------------------------------------------------------------------------------------
        // check_hostPorts_test.go, TestHostPort (hostPorts_1_0)
        // ---------------------------------------------------------------------------------------------------

        // "one container, one host port"
        { "hostPorts", "1.0", """
            spec:
              containers:
                - name: a
                  ports:
                    - hostPort: 0
                - name: b
                  ports:
                    - hostPort: 0
                    - hostPort: 20
            """, "hostPort", "container \"b\" uses hostPort 20" },

        // "multiple containers, multiple host port"
        { "hostPorts", "1.0", """
            spec:
              containers:
                - name: a
                  ports:
                    - hostPort: 0
                - name: b
                  ports:
                    - hostPort: 0
                    - hostPort: 10
                    - hostPort: 20
                - name: c
                  ports:
                    - hostPort: 0
                    - hostPort: 10
                    - hostPort: 30
            """, "hostPort", "containers \"b\", \"c\" use hostPorts 10, 20, 30" },

        // ---------------------------------------------------------------------------------------------------
        // check_hostProbesAndhostLifecycle_test.go, TestHostProbesAndHostLifecycle (hostProbesAndHostLifecycleV1Dot34)
        // ---------------------------------------------------------------------------------------------------

        // "valid pod with unset hosts"
        { "hostProbesAndHostLifecycle", "1.34", """
            spec:
              containers:
                - name: a
                  livenessProbe:
                    httpGet:
                      port: 80
                  readinessProbe:
                    tcpSocket:
                      port: 80
                  lifecycle:
                    postStart:
                      httpGet:
                        port: 80
            """, null, null },

        // "invalid pod with local host IP as probe host"
        { "hostProbesAndHostLifecycle", "1.34", """
            spec:
              containers:
                - name: a
                  livenessProbe:
                    httpGet:
                      host: 127.0.0.1
                      port: 80
                  readinessProbe:
                    tcpSocket:
                      host: "::1"
                      port: 80
                  startupProbe:
                    httpGet:
                      host: localhost
                      port: 80
            """, "probe or lifecycle host", "container \"a\" uses probe or lifecycle hosts \"127.0.0.1\", \"::1\", \"localhost\"" },

        // "invalid httpget host in liveness probe"
        { "hostProbesAndHostLifecycle", "1.34", """
            spec:
              containers:
                - name: a
                  livenessProbe:
                    httpGet:
                      host: invalid.host
                      port: 80
            """, "probe or lifecycle host", "container \"a\" uses probe or lifecycle host \"invalid.host\"" },

        // "invalid tcpsocket host in readiness probe"
        { "hostProbesAndHostLifecycle", "1.34", """
            spec:
              containers:
                - name: b
                  readinessProbe:
                    tcpSocket:
                      host: invalid.host
                      port: 80
            """, "probe or lifecycle host", "container \"b\" uses probe or lifecycle host \"invalid.host\"" },

        // "invalid httpget host in startup probe"
        { "hostProbesAndHostLifecycle", "1.34", """
            spec:
              containers:
                - name: c
                  startupProbe:
                    httpGet:
                      host: invalid.host
                      port: 80
            """, "probe or lifecycle host", "container \"c\" uses probe or lifecycle host \"invalid.host\"" },

        // "invalid poststart tcpsocket host"
        { "hostProbesAndHostLifecycle", "1.34", """
            spec:
              containers:
                - name: d
                  lifecycle:
                    postStart:
                      tcpSocket:
                        host: invalid.host
                        port: 80
            """, "probe or lifecycle host", "container \"d\" uses probe or lifecycle host \"invalid.host\"" },

        // "invalid prestop httpget host"
        { "hostProbesAndHostLifecycle", "1.34", """
            spec:
              containers:
                - name: e
                  lifecycle:
                    preStop:
                      httpGet:
                        host: another.invalid.host
                        port: 80
            """, "probe or lifecycle host", "container \"e\" uses probe or lifecycle host \"another.invalid.host\"" },

        // "multiple containers with multiple invalid hosts"
        { "hostProbesAndHostLifecycle", "1.34", """
            spec:
              containers:
                - name: valid
                - name: invalid1
                  livenessProbe:
                    httpGet:
                      host: a.com
                      port: 80
                - name: invalid2
                  lifecycle:
                    preStop:
                      tcpSocket:
                        host: b.com
                        port: 80
                  startupProbe:
                    httpGet:
                      host: a.com
                      port: 80
            """, "probe or lifecycle host", "containers \"invalid1\", \"invalid2\" use probe or lifecycle hosts \"a.com\", \"b.com\"" },

        // "invalid ipv4 host in probe"
        { "hostProbesAndHostLifecycle", "1.34", """
            spec:
              containers:
                - name: a
                  livenessProbe:
                    httpGet:
                      host: 8.8.8.8
                      port: 80
            """, "probe or lifecycle host", "container \"a\" uses probe or lifecycle host \"8.8.8.8\"" },

        // "invalid ipv6 host in probe"
        { "hostProbesAndHostLifecycle", "1.34", """
            spec:
              containers:
                - name: a
                  livenessProbe:
                    tcpSocket:
                      host: "2001:4860:4860::8888"
                      port: 80
            """, "probe or lifecycle host", "container \"a\" uses probe or lifecycle host \"2001:4860:4860::8888\"" },

        // "invalid host in initcontainer"
        { "hostProbesAndHostLifecycle", "1.34", """
            spec:
              initContainers:
                - name: init
                  livenessProbe:
                    httpGet:
                      host: invalid.init.host
                      port: 80
            """, "probe or lifecycle host", "container \"init\" uses probe or lifecycle host \"invalid.init.host\"" },

        // ---------------------------------------------------------------------------------------------------
        // check_appArmorProfile_test.go, TestCheckAppArmor_Allowed (appArmorProfile_1_0)
        // ---------------------------------------------------------------------------------------------------

        // "container with default AppArmor + extra annotations"
        { "appArmorProfile", "1.0", """
            metadata:
              annotations:
                "container.apparmor.security.beta.kubernetes.io/test": "runtime/default"
                "env": "prod"
            spec: {}
            """, null, null },

        // "container with local AppArmor + extra annotations"
        { "appArmorProfile", "1.0", """
            metadata:
              annotations:
                "container.apparmor.security.beta.kubernetes.io/test": "localhost/sec-profile01"
                "env": "dev"
            spec: {}
            """, null, null },

        // "container with no AppArmor annotations"
        { "appArmorProfile", "1.0", """
            metadata:
              annotations:
                "env": "dev"
            spec: {}
            """, null, null },

        // "container with no annotations"
        { "appArmorProfile", "1.0", """
            spec: {}
            """, null, null },

        // "pod with runtime default"
        { "appArmorProfile", "1.0", """
            spec:
              securityContext:
                appArmorProfile:
                  type: RuntimeDefault
            """, null, null },

        // "container with localhost profile" (upstream's container sets RuntimeDefault despite the name)
        { "appArmorProfile", "1.0", """
            spec:
              containers:
                - name: foo
                  securityContext:
                    appArmorProfile:
                      type: RuntimeDefault
            """, null, null },

        // ---------------------------------------------------------------------------------------------------
        // check_appArmorProfile_test.go, TestCheckAppArmor_Forbidden (appArmorProfile_1_0)
        // ---------------------------------------------------------------------------------------------------

        // "unconfined pod"
        { "appArmorProfile", "1.0", """
            spec:
              securityContext:
                appArmorProfile:
                  type: Unconfined
            """, "forbidden AppArmor profile", "pod must not set AppArmor profile type to \"Unconfined\"" },

        // "unconfined container"
        { "appArmorProfile", "1.0", """
            spec:
              securityContext:
                appArmorProfile:
                  type: RuntimeDefault
              containers:
                - name: foo
                  securityContext:
                    appArmorProfile:
                      type: Unconfined
            """, "forbidden AppArmor profile", "container \"foo\" must not set AppArmor profile type to \"Unconfined\"" },

        // "unconfined init container"
        { "appArmorProfile", "1.0", """
            spec:
              securityContext:
                appArmorProfile:
                  type: RuntimeDefault
              containers:
                - name: foo
              initContainers:
                - name: bar
                  securityContext:
                    appArmorProfile:
                      type: Unconfined
            """, "forbidden AppArmor profile", "container \"bar\" must not set AppArmor profile type to \"Unconfined\"" },

        // "multiple containers" (annotations only; the first key has an empty container name)
        { "appArmorProfile", "1.0", """
            metadata:
              annotations:
                "container.apparmor.security.beta.kubernetes.io/": "bogus"
                "container.apparmor.security.beta.kubernetes.io/a": ""
                "container.apparmor.security.beta.kubernetes.io/b": "runtime/default"
                "container.apparmor.security.beta.kubernetes.io/c": "localhost/"
                "container.apparmor.security.beta.kubernetes.io/d": "localhost/foo"
                "container.apparmor.security.beta.kubernetes.io/e": "unconfined"
                "container.apparmor.security.beta.kubernetes.io/f": "unknown"
            spec: {}
            """, "forbidden AppArmor profiles",
            "annotations must not set AppArmor profile type to "
            + "\"container.apparmor.security.beta.kubernetes.io/=\"bogus\"\", "
            + "\"container.apparmor.security.beta.kubernetes.io/e=\"unconfined\"\", "
            + "\"container.apparmor.security.beta.kubernetes.io/f=\"unknown\"\"" },

        // ---------------------------------------------------------------------------------------------------
        // check_seLinuxOptions_test.go, TestSELinuxOptions (seLinuxOptions1_31)
        // ---------------------------------------------------------------------------------------------------

        // "invalid pod and containers"
        { "seLinuxOptions", "1.31", """
            spec:
              securityContext:
                seLinuxOptions:
                  type: foo
                  user: bar
                  role: baz
              containers:
                - name: a
                  securityContext:
                    seLinuxOptions:
                      type: container_t
                - name: b
                  securityContext:
                    seLinuxOptions:
                      type: container_init_t
                - name: c
                  securityContext:
                    seLinuxOptions:
                      type: container_kvm_t
                - name: d
                  securityContext:
                    seLinuxOptions:
                      type: container_engine_t
                - name: e
                  securityContext:
                    seLinuxOptions:
                      type: bar
                - name: f
                  securityContext:
                    seLinuxOptions:
                      user: bar
                - name: g
                  securityContext:
                    seLinuxOptions:
                      role: baz
            """, "seLinuxOptions", "pod and containers \"e\", \"f\", \"g\" set forbidden securityContext.seLinuxOptions: types \"bar\", \"foo\"; user may not be set; role may not be set" },

        // "invalid pod"
        { "seLinuxOptions", "1.31", """
            spec:
              securityContext:
                seLinuxOptions:
                  type: foo
                  user: bar
                  role: baz
              containers:
                - name: a
                  securityContext:
                    seLinuxOptions:
                      type: container_t
                - name: b
                  securityContext:
                    seLinuxOptions:
                      type: container_init_t
                - name: c
                  securityContext:
                    seLinuxOptions:
                      type: container_kvm_t
                - name: d
                  securityContext:
                    seLinuxOptions:
                      type: container_engine_t
            """, "seLinuxOptions", "pod set forbidden securityContext.seLinuxOptions: type \"foo\"; user may not be set; role may not be set" },

        // "invalid containers"
        { "seLinuxOptions", "1.31", """
            spec:
              securityContext:
                seLinuxOptions: {}
              containers:
                - name: a
                  securityContext:
                    seLinuxOptions:
                      type: container_t
                - name: b
                  securityContext:
                    seLinuxOptions:
                      type: container_init_t
                - name: c
                  securityContext:
                    seLinuxOptions:
                      type: container_kvm_t
                - name: d
                  securityContext:
                    seLinuxOptions:
                      type: container_engine_t
                - name: e
                  securityContext:
                    seLinuxOptions:
                      type: bar
                - name: f
                  securityContext:
                    seLinuxOptions:
                      user: bar
                - name: g
                  securityContext:
                    seLinuxOptions:
                      role: baz
            """, "seLinuxOptions", "containers \"e\", \"f\", \"g\" set forbidden securityContext.seLinuxOptions: type \"bar\"; user may not be set; role may not be set" },

        // "bad type"
        { "seLinuxOptions", "1.31", """
            spec:
              securityContext:
                seLinuxOptions:
                  type: bad
            """, "seLinuxOptions", "pod set forbidden securityContext.seLinuxOptions: type \"bad\"" },

        // "bad user"
        { "seLinuxOptions", "1.31", """
            spec:
              securityContext:
                seLinuxOptions:
                  user: bad
            """, "seLinuxOptions", "pod set forbidden securityContext.seLinuxOptions: user may not be set" },

        // "bad role"
        { "seLinuxOptions", "1.31", """
            spec:
              securityContext:
                seLinuxOptions:
                  role: bad
            """, "seLinuxOptions", "pod set forbidden securityContext.seLinuxOptions: role may not be set" },

        // ---------------------------------------------------------------------------------------------------
        // check_procMount_baseline_test.go, TestProcMountBaseline (procMount1_35baseline)
        // ---------------------------------------------------------------------------------------------------

        // "procMount"
        { "procMount", "1.35", """
            spec:
              hostUsers: true
              containers:
                - name: a
                - name: b
                  securityContext: {}
                - name: c
                  securityContext:
                    procMount: Default
                - name: d
                  securityContext:
                    procMount: Unmasked
                - name: e
                  securityContext:
                    procMount: other
            """, "procMount", "containers \"d\", \"e\" must not set securityContext.procMount to \"Unmasked\", \"other\"" },

        // "procMount with userns"
        { "procMount", "1.35", """
            spec:
              hostUsers: false
              containers:
                - name: a
                - name: b
                  securityContext: {}
                - name: c
                  securityContext:
                    procMount: Default
                - name: d
                  securityContext:
                    procMount: Unmasked
                - name: e
                  securityContext:
                    procMount: other
            """, null, null },

        // ---------------------------------------------------------------------------------------------------
        // check_seccompProfile_baseline_test.go, TestSeccompProfileBaseline_1_0 (seccompProfileBaseline_1_0)
        // ---------------------------------------------------------------------------------------------------

        // "pod seccomp invalid"
        { "seccompProfile_baseline", "1.0", """
            metadata:
              annotations:
                "seccomp.security.alpha.kubernetes.io/pod": "unconfined"
            spec: {}
            """, "seccompProfile", "forbidden annotation seccomp.security.alpha.kubernetes.io/pod=\"unconfined\"" },

        // "containers seccomp invalid"
        { "seccompProfile_baseline", "1.0", """
            metadata:
              annotations:
                "container.seccomp.security.alpha.kubernetes.io/a": "unconfined"
                "container.seccomp.security.alpha.kubernetes.io/b": "unknown"
            spec:
              containers:
                - name: a
                - name: b
                - name: c
            """, "seccompProfile", "forbidden annotations container.seccomp.security.alpha.kubernetes.io/a=\"unconfined\", container.seccomp.security.alpha.kubernetes.io/b=\"unknown\"" },

        // "pod and containers seccomp invalid"
        { "seccompProfile_baseline", "1.0", """
            metadata:
              annotations:
                "seccomp.security.alpha.kubernetes.io/pod": "unconfined"
                "container.seccomp.security.alpha.kubernetes.io/a": "unconfined"
                "container.seccomp.security.alpha.kubernetes.io/b": "unknown"
            spec:
              containers:
                - name: a
                - name: b
                - name: c
            """, "seccompProfile", "forbidden annotations container.seccomp.security.alpha.kubernetes.io/a=\"unconfined\", container.seccomp.security.alpha.kubernetes.io/b=\"unknown\", seccomp.security.alpha.kubernetes.io/pod=\"unconfined\"" },

        // ---------------------------------------------------------------------------------------------------
        // check_seccompProfile_baseline_test.go, TestSeccompProfileBaseline_1_19 (seccompProfileBaseline_1_19)
        // ---------------------------------------------------------------------------------------------------

        // "pod seccomp invalid"
        { "seccompProfile_baseline", "1.19", """
            spec:
              securityContext:
                seccompProfile:
                  type: Unconfined
              containers:
                - name: a
            """, "seccompProfile", "pod must not set securityContext.seccompProfile.type to \"Unconfined\"" },

        // "containers seccomp invalid"
        { "seccompProfile_baseline", "1.19", """
            spec:
              securityContext:
                seccompProfile:
                  type: RuntimeDefault
              containers:
                - name: a
                - name: b
                  securityContext: {}
                - name: c
                  securityContext:
                    seccompProfile:
                      type: Unconfined
                - name: d
                  securityContext:
                    seccompProfile:
                      type: Unconfined
                - name: e
                  securityContext:
                    seccompProfile:
                      type: RuntimeDefault
                - name: f
                  securityContext:
                    seccompProfile:
                      type: RuntimeDefault
            """, "seccompProfile", "containers \"c\", \"d\" must not set securityContext.seccompProfile.type to \"Unconfined\"" },

        // "pod and containers seccomp invalid"
        { "seccompProfile_baseline", "1.19", """
            spec:
              securityContext:
                seccompProfile:
                  type: Unconfined
              containers:
                - name: a
                - name: b
                  securityContext: {}
                - name: c
                  securityContext:
                    seccompProfile:
                      type: Unconfined
                - name: d
                  securityContext:
                    seccompProfile:
                      type: Unconfined
                - name: e
                  securityContext:
                    seccompProfile:
                      type: RuntimeDefault
                - name: f
                  securityContext:
                    seccompProfile:
                      type: RuntimeDefault
            """, "seccompProfile", "pod and containers \"c\", \"d\" must not set securityContext.seccompProfile.type to \"Unconfined\"" },

        // ---------------------------------------------------------------------------------------------------
        // check_sysctls_test.go, TestSysctls (sysctlsV1Dot0)
        // ---------------------------------------------------------------------------------------------------

        // "forbidden sysctls"
        { "sysctls", "1.0", """
            spec:
              securityContext:
                sysctls:
                  - name: a
                  - name: b
            """, "forbidden sysctls", "a, b" },

        // "new supported sysctls not supported: net.ipv4.ip_local_reserved_ports"
        { "sysctls", "1.0", """
            spec:
              securityContext:
                sysctls:
                  - name: net.ipv4.ip_local_reserved_ports
                    value: "1024-4999"
            """, "forbidden sysctls", "net.ipv4.ip_local_reserved_ports" },

        // "new supported sysctls not supported: net.ipv4.tcp_keepalive_time"
        { "sysctls", "1.0", """
            spec:
              securityContext:
                sysctls:
                  - name: net.ipv4.tcp_keepalive_time
                    value: "7200"
            """, "forbidden sysctls", "net.ipv4.tcp_keepalive_time" },

        // "new supported sysctls not supported: net.ipv4.tcp_fin_timeout"
        { "sysctls", "1.0", """
            spec:
              securityContext:
                sysctls:
                  - name: net.ipv4.tcp_fin_timeout
                    value: "60"
            """, "forbidden sysctls", "net.ipv4.tcp_fin_timeout" },

        // "new supported sysctls not supported: net.ipv4.tcp_keepalive_intvl"
        { "sysctls", "1.0", """
            spec:
              securityContext:
                sysctls:
                  - name: net.ipv4.tcp_keepalive_intvl
                    value: "75"
            """, "forbidden sysctls", "net.ipv4.tcp_keepalive_intvl" },

        // "new supported sysctls not supported: net.ipv4.tcp_keepalive_probes"
        { "sysctls", "1.0", """
            spec:
              securityContext:
                sysctls:
                  - name: net.ipv4.tcp_keepalive_probes
                    value: "9"
            """, "forbidden sysctls", "net.ipv4.tcp_keepalive_probes" },

        // "new supported sysctls not supported: net.ipv4.tcp_rmem"
        { "sysctls", "1.0", """
            spec:
              securityContext:
                sysctls:
                  - name: net.ipv4.tcp_rmem
                    value: "4096 87380 16777216"
            """, "forbidden sysctls", "net.ipv4.tcp_rmem" },

        // "new supported sysctls not supported: net.ipv4.tcp_wmem"
        { "sysctls", "1.0", """
            spec:
              securityContext:
                sysctls:
                  - name: net.ipv4.tcp_wmem
                    value: "4096 87380 16777216"
            """, "forbidden sysctls", "net.ipv4.tcp_wmem" },

        // ---------------------------------------------------------------------------------------------------
        // check_sysctls_test.go, TestSysctls_1_27 (sysctlsV1Dot27)
        // ---------------------------------------------------------------------------------------------------

        // "forbidden sysctls"
        { "sysctls", "1.27", """
            spec:
              securityContext:
                sysctls:
                  - name: a
                  - name: b
            """, "forbidden sysctls", "a, b" },

        // "new supported sysctls"
        { "sysctls", "1.27", """
            spec:
              securityContext:
                sysctls:
                  - name: net.ipv4.ip_local_reserved_ports
                    value: "1024-4999"
            """, null, null },

        // ---------------------------------------------------------------------------------------------------
        // check_sysctls_test.go, TestSysctls_1_29 (sysctlsV1Dot29)
        // ---------------------------------------------------------------------------------------------------

        // "forbidden sysctls"
        { "sysctls", "1.29", """
            spec:
              securityContext:
                sysctls:
                  - name: a
                  - name: b
            """, "forbidden sysctls", "a, b" },

        // "new supported sysctls: net.ipv4.tcp_keepalive_time"
        { "sysctls", "1.29", """
            spec:
              securityContext:
                sysctls:
                  - name: net.ipv4.tcp_keepalive_time
                    value: "7200"
            """, null, null },

        // "new supported sysctls: net.ipv4.tcp_fin_timeout"
        { "sysctls", "1.29", """
            spec:
              securityContext:
                sysctls:
                  - name: net.ipv4.tcp_fin_timeout
                    value: "60"
            """, null, null },

        // "new supported sysctls: net.ipv4.tcp_keepalive_intvl"
        { "sysctls", "1.29", """
            spec:
              securityContext:
                sysctls:
                  - name: net.ipv4.tcp_keepalive_intvl
                    value: "75"
            """, null, null },

        // "new supported sysctls: net.ipv4.tcp_keepalive_probes"
        { "sysctls", "1.29", """
            spec:
              securityContext:
                sysctls:
                  - name: net.ipv4.tcp_keepalive_probes
                    value: "9"
            """, null, null },

        // ---------------------------------------------------------------------------------------------------
        // check_sysctls_test.go, TestSysctls_1_32 (sysctlsV1Dot32)
        // ---------------------------------------------------------------------------------------------------

        // "forbidden sysctls"
        { "sysctls", "1.32", """
            spec:
              securityContext:
                sysctls:
                  - name: a
                  - name: b
            """, "forbidden sysctls", "a, b" },

        // "new supported sysctls: net.ipv4.tcp_rmem"
        { "sysctls", "1.32", """
            spec:
              securityContext:
                sysctls:
                  - name: net.ipv4.tcp_rmem
                    value: "4096 87380 16777216"
            """, null, null },

        // "new supported sysctls: net.ipv4.tcp_wmem"
        { "sysctls", "1.32", """
            spec:
              securityContext:
                sysctls:
                  - name: net.ipv4.tcp_wmem
                    value: "4096 65536 16777216"
            """, null, null },

        // ---------------------------------------------------------------------------------------------------
        // check_windowsHostProcess_test.go, TestWindowsHostProcess (windowsHostProcess_1_0)
        // ---------------------------------------------------------------------------------------------------

        // "host process"
        { "windowsHostProcess", "1.0", """
            spec:
              securityContext:
                windowsOptions:
                  hostProcess: true
              containers:
                - name: a
                - name: b
                  securityContext: {}
                - name: c
                  securityContext:
                    windowsOptions: {}
                - name: d
                  securityContext:
                    windowsOptions:
                      hostProcess: false
                - name: e
                  securityContext:
                    windowsOptions:
                      hostProcess: true
                - name: f
                  securityContext:
                    windowsOptions:
                      hostProcess: true
            """, "hostProcess", "pod and containers \"e\", \"f\" must not set securityContext.windowsOptions.hostProcess=true" },

        // ---------------------------------------------------------------------------------------------------
        // check_restrictedVolumes_test.go, TestRestrictedVolumes (restrictedVolumes_1_0)
        // ---------------------------------------------------------------------------------------------------

        // "host path volumes" (a1-a9 allowed types, b1-b21 known restricted types, c1 no source at all)
        { "restrictedVolumes", "1.0", """
            spec:
              volumes:
                - name: a1
                  emptyDir: {}
                - name: a2
                  secret: {}
                - name: a3
                  persistentVolumeClaim: {}
                - name: a4
                  downwardAPI: {}
                - name: a5
                  configMap: {}
                - name: a6
                  projected: {}
                - name: a7
                  csi: {}
                - name: a8
                  ephemeral: {}
                - name: a9
                  image: {}
                - name: b1
                  hostPath: {}
                - name: b2
                  gcePersistentDisk: {}
                - name: b3
                  awsElasticBlockStore: {}
                - name: b4
                  gitRepo: {}
                - name: b5
                  nfs: {}
                - name: b6
                  iscsi: {}
                - name: b7
                  glusterfs: {}
                - name: b8
                  rbd: {}
                - name: b9
                  flexVolume: {}
                - name: b10
                  cinder: {}
                - name: b11
                  cephfs: {}
                - name: b12
                  flocker: {}
                - name: b13
                  fc: {}
                - name: b14
                  azureFile: {}
                - name: b15
                  vsphereVolume: {}
                - name: b16
                  quobyte: {}
                - name: b17
                  azureDisk: {}
                - name: b18
                  photonPersistentDisk: {}
                - name: b19
                  portworxVolume: {}
                - name: b20
                  scaleIO: {}
                - name: b21
                  storageos: {}
                - name: c1
            """, "restricted volume types",
            "volumes "
            + "\"b1\", \"b2\", \"b3\", \"b4\", \"b5\", \"b6\", \"b7\", \"b8\", \"b9\", \"b10\", \"b11\", \"b12\", \"b13\", \"b14\", \"b15\", \"b16\", \"b17\", \"b18\", \"b19\", \"b20\", \"b21\", \"c1\""
            + " use restricted volume types "
            + "\"awsElasticBlockStore\", \"azureDisk\", \"azureFile\", \"cephfs\", \"cinder\", \"fc\", \"flexVolume\", \"flocker\", \"gcePersistentDisk\", \"gitRepo\", \"glusterfs\", "
            + "\"hostPath\", \"iscsi\", \"nfs\", \"photonPersistentDisk\", \"portworxVolume\", \"quobyte\", \"rbd\", \"scaleIO\", \"storageos\", \"unknown\", \"vsphereVolume\"" },

        // ---------------------------------------------------------------------------------------------------
        // check_allowPrivilegeEscalation_test.go, TestAllowPrivilegeEscalation_1_25 (allowPrivilegeEscalation_1_25)
        // ---------------------------------------------------------------------------------------------------

        // "multiple containers"
        { "allowPrivilegeEscalation", "1.25", """
            spec:
              containers:
                - name: a
                - name: b
                  securityContext: {}
                - name: c
                  securityContext:
                    allowPrivilegeEscalation: true
                - name: d
                  securityContext:
                    allowPrivilegeEscalation: false
            """, "allowPrivilegeEscalation != false", "containers \"a\", \"b\", \"c\" must set securityContext.allowPrivilegeEscalation=false" },

        // "windows pod, admit without checking privilegeEscalation"
        { "allowPrivilegeEscalation", "1.25", """
            spec:
              os:
                name: windows
              containers:
                - name: a
            """, null, null },

        // "linux pod, reject if security context is not set"
        { "allowPrivilegeEscalation", "1.25", """
            spec:
              os:
                name: linux
              containers:
                - name: a
            """, "allowPrivilegeEscalation != false", "container \"a\" must set securityContext.allowPrivilegeEscalation=false" },

        // ---------------------------------------------------------------------------------------------------
        // check_allowPrivilegeEscalation_test.go, TestAllowPrivilegeEscalation_1_8 (allowPrivilegeEscalation_1_8)
        // ---------------------------------------------------------------------------------------------------

        // "multiple containers"
        { "allowPrivilegeEscalation", "1.8", """
            spec:
              containers:
                - name: a
                - name: b
                  securityContext: {}
                - name: c
                  securityContext:
                    allowPrivilegeEscalation: true
                - name: d
                  securityContext:
                    allowPrivilegeEscalation: false
            """, "allowPrivilegeEscalation != false", "containers \"a\", \"b\", \"c\" must set securityContext.allowPrivilegeEscalation=false" },

        // ---------------------------------------------------------------------------------------------------
        // check_capabilities_restricted_test.go, TestCapabilitiesRestricted_1_25 (capabilitiesRestricted_1_25)
        // ---------------------------------------------------------------------------------------------------

        // "multiple containers"
        { "capabilities_restricted", "1.25", """
            spec:
              containers:
                - name: a
                  securityContext:
                    capabilities:
                      add: [FOO, BAR]
                - name: b
                  securityContext:
                    capabilities:
                      add: [BAR, BAZ]
                - name: c
                  securityContext:
                    capabilities:
                      add: [NET_BIND_SERVICE, CHOWN]
                      drop: [ALL, FOO]
            """, "unrestricted capabilities", "containers \"a\", \"b\" must set securityContext.capabilities.drop=[\"ALL\"]; containers \"a\", \"b\", \"c\" must not include \"BAR\", \"BAZ\", \"CHOWN\", \"FOO\" in securityContext.capabilities.add" },

        // "windows pod, admit without checking capabilities"
        { "capabilities_restricted", "1.25", """
            spec:
              os:
                name: windows
              containers:
                - name: a
            """, null, null },

        // "linux pod, reject if security context is not set"
        { "capabilities_restricted", "1.25", """
            spec:
              os:
                name: linux
              containers:
                - name: a
            """, "unrestricted capabilities", "container \"a\" must set securityContext.capabilities.drop=[\"ALL\"]" },

        // ---------------------------------------------------------------------------------------------------
        // check_capabilities_restricted_test.go, TestCapabilitiesRestricted_1_22 (capabilitiesRestricted_1_22)
        // ---------------------------------------------------------------------------------------------------

        // "multiple containers"
        { "capabilities_restricted", "1.22", """
            spec:
              containers:
                - name: a
                  securityContext:
                    capabilities:
                      add: [FOO, BAR]
                - name: b
                  securityContext:
                    capabilities:
                      add: [BAR, BAZ]
                - name: c
                  securityContext:
                    capabilities:
                      add: [NET_BIND_SERVICE, CHOWN]
                      drop: [ALL, FOO]
            """, "unrestricted capabilities", "containers \"a\", \"b\" must set securityContext.capabilities.drop=[\"ALL\"]; containers \"a\", \"b\", \"c\" must not include \"BAR\", \"BAZ\", \"CHOWN\", \"FOO\" in securityContext.capabilities.add" },

        // ---------------------------------------------------------------------------------------------------
        // check_runAsNonRoot_test.go, TestRunAsNonRoot (runAsNonRoot1_35)
        // ---------------------------------------------------------------------------------------------------

        // "no explicit runAsNonRoot"
        { "runAsNonRoot", "1.35", """
            spec:
              containers:
                - name: a
            """, "runAsNonRoot != true", "pod or container \"a\" must set securityContext.runAsNonRoot=true" },

        // "pod runAsNonRoot=false"
        { "runAsNonRoot", "1.35", """
            spec:
              securityContext:
                runAsNonRoot: false
              containers:
                - name: a
            """, "runAsNonRoot != true", "pod must not set securityContext.runAsNonRoot=false" },

        // "containers runAsNonRoot=false"
        { "runAsNonRoot", "1.35", """
            spec:
              securityContext:
                runAsNonRoot: true
              containers:
                - name: a
                - name: b
                  securityContext: {}
                - name: c
                  securityContext:
                    runAsNonRoot: false
                - name: d
                  securityContext:
                    runAsNonRoot: false
                - name: e
                  securityContext:
                    runAsNonRoot: true
                - name: f
                  securityContext:
                    runAsNonRoot: true
            """, "runAsNonRoot != true", "containers \"c\", \"d\" must not set securityContext.runAsNonRoot=false" },

        // "pod nil, container fallthrough"
        { "runAsNonRoot", "1.35", """
            spec:
              containers:
                - name: a
                - name: b
                  securityContext: {}
                - name: d
                  securityContext:
                    runAsNonRoot: true
                - name: e
                  securityContext:
                    runAsNonRoot: true
            """, "runAsNonRoot != true", "pod or containers \"a\", \"b\" must set securityContext.runAsNonRoot=true" },

        // "host users false allowed" (no containers at all)
        { "runAsNonRoot", "1.35", """
            spec:
              hostUsers: false
            """, null, null },

        // ---------------------------------------------------------------------------------------------------
        // check_runAsUser_test.go, TestRunAsUser (runAsUser1_35)
        // ---------------------------------------------------------------------------------------------------

        // "pod runAsUser=0"
        { "runAsUser", "1.35", """
            spec:
              securityContext:
                runAsUser: 0
              containers:
                - name: a
            """, "runAsUser=0", "pod must not set runAsUser=0" },

        // "pod runAsUser=non-zero"
        { "runAsUser", "1.35", """
            spec:
              securityContext:
                runAsUser: 1000
              containers:
                - name: a
            """, null, null },

        // "pod runAsUser=nil"
        { "runAsUser", "1.35", """
            spec:
              securityContext: {}
              containers:
                - name: a
            """, null, null },

        // "containers runAsUser=0"
        { "runAsUser", "1.35", """
            spec:
              securityContext:
                runAsUser: 1000
              containers:
                - name: a
                - name: b
                  securityContext: {}
                - name: c
                  securityContext:
                    runAsUser: 0
                - name: d
                  securityContext:
                    runAsUser: 0
                - name: e
                  securityContext:
                    runAsUser: 1
                - name: f
                  securityContext:
                    runAsUser: 1
            """, "runAsUser=0", "containers \"c\", \"d\" must not set runAsUser=0" },

        // "containers runAsUser=non-zero"
        { "runAsUser", "1.35", """
            spec:
              containers:
                - name: c
                  securityContext:
                    runAsUser: 1
                - name: d
                  securityContext:
                    runAsUser: 2
                - name: e
                  securityContext:
                    runAsUser: 3
                - name: f
                  securityContext:
                    runAsUser: 4
            """, null, null },

        // "host users false allowed" (no containers at all)
        { "runAsUser", "1.35", """
            spec:
              hostUsers: false
            """, null, null },

        // ---------------------------------------------------------------------------------------------------
        // check_seccompProfile_restricted_test.go, TestSeccompProfileRestricted_1_25 (seccompProfileRestricted_1_25)
        // ---------------------------------------------------------------------------------------------------

        // "no explicit seccomp"
        { "seccompProfile_restricted", "1.25", """
            spec:
              containers:
                - name: a
            """, "seccompProfile", "pod or container \"a\" must set securityContext.seccompProfile.type to \"RuntimeDefault\" or \"Localhost\"" },

        // "no explicit seccomp, windows Pod"
        { "seccompProfile_restricted", "1.25", """
            spec:
              os:
                name: windows
              containers:
                - name: a
            """, null, null },

        // "no explicit seccomp, linux pod"
        { "seccompProfile_restricted", "1.25", """
            spec:
              os:
                name: linux
              containers:
                - name: a
            """, "seccompProfile", "pod or container \"a\" must set securityContext.seccompProfile.type to \"RuntimeDefault\" or \"Localhost\"" },

        // "pod seccomp invalid"
        { "seccompProfile_restricted", "1.25", """
            spec:
              securityContext:
                seccompProfile:
                  type: Unconfined
              containers:
                - name: a
            """, "seccompProfile", "pod must not set securityContext.seccompProfile.type to \"Unconfined\"" },

        // "containers seccomp invalid"
        { "seccompProfile_restricted", "1.25", """
            spec:
              securityContext:
                seccompProfile:
                  type: RuntimeDefault
              containers:
                - name: a
                - name: b
                  securityContext: {}
                - name: c
                  securityContext:
                    seccompProfile:
                      type: Unconfined
                - name: d
                  securityContext:
                    seccompProfile:
                      type: Unconfined
                - name: e
                  securityContext:
                    seccompProfile:
                      type: RuntimeDefault
                - name: f
                  securityContext:
                    seccompProfile:
                      type: RuntimeDefault
            """, "seccompProfile", "containers \"c\", \"d\" must not set securityContext.seccompProfile.type to \"Unconfined\"" },

        // "pod nil, container fallthrough"
        { "seccompProfile_restricted", "1.25", """
            spec:
              containers:
                - name: a
                - name: b
                  securityContext: {}
                - name: d
                  securityContext:
                    seccompProfile:
                      type: RuntimeDefault
                - name: e
                  securityContext:
                    seccompProfile:
                      type: RuntimeDefault
            """, "seccompProfile", "pod or containers \"a\", \"b\" must set securityContext.seccompProfile.type to \"RuntimeDefault\" or \"Localhost\"" },

        // ---------------------------------------------------------------------------------------------------
        // check_seccompProfile_restricted_test.go, TestSeccompProfileRestricted_1_19 (seccompProfileRestricted_1_19)
        // ---------------------------------------------------------------------------------------------------

        // "no explicit seccomp"
        { "seccompProfile_restricted", "1.19", """
            spec:
              containers:
                - name: a
            """, "seccompProfile", "pod or container \"a\" must set securityContext.seccompProfile.type to \"RuntimeDefault\" or \"Localhost\"" },

        // "pod seccomp invalid"
        { "seccompProfile_restricted", "1.19", """
            spec:
              securityContext:
                seccompProfile:
                  type: Unconfined
              containers:
                - name: a
            """, "seccompProfile", "pod must not set securityContext.seccompProfile.type to \"Unconfined\"" },

        // "containers seccomp invalid"
        { "seccompProfile_restricted", "1.19", """
            spec:
              securityContext:
                seccompProfile:
                  type: RuntimeDefault
              containers:
                - name: a
                - name: b
                  securityContext: {}
                - name: c
                  securityContext:
                    seccompProfile:
                      type: Unconfined
                - name: d
                  securityContext:
                    seccompProfile:
                      type: Unconfined
                - name: e
                  securityContext:
                    seccompProfile:
                      type: RuntimeDefault
                - name: f
                  securityContext:
                    seccompProfile:
                      type: RuntimeDefault
            """, "seccompProfile", "containers \"c\", \"d\" must not set securityContext.seccompProfile.type to \"Unconfined\"" },

        // "pod nil, container fallthrough"
        { "seccompProfile_restricted", "1.19", """
            spec:
              containers:
                - name: a
                - name: b
                  securityContext: {}
                - name: d
                  securityContext:
                    seccompProfile:
                      type: RuntimeDefault
                - name: e
                  securityContext:
                    seccompProfile:
                      type: RuntimeDefault
            """, "seccompProfile", "pod or containers \"a\", \"b\" must set securityContext.seccompProfile.type to \"RuntimeDefault\" or \"Localhost\"" },

        // ---------------------------------------------------------------------------------------------------
        // check_procMount_restricted_test.go, TestProcMountRestricted (procMount_1_0, which release-1.35 registers
        // as procMount_restricted v1.35). Upstream runs the one case twice, with hostUsers true and false.
        // ---------------------------------------------------------------------------------------------------

        // "procMount", hostUsers: true
        { "procMount_restricted", "1.35", """
            spec:
              hostUsers: true
              containers:
                - name: a
                - name: b
                  securityContext: {}
                - name: c
                  securityContext:
                    procMount: Default
                - name: d
                  securityContext:
                    procMount: Unmasked
                - name: e
                  securityContext:
                    procMount: other
            """, "procMount", "containers \"d\", \"e\" must not set securityContext.procMount to \"Unmasked\", \"other\"" },

        // "procMount", hostUsers: false
        { "procMount_restricted", "1.35", """
            spec:
              hostUsers: false
              containers:
                - name: a
                - name: b
                  securityContext: {}
                - name: c
                  securityContext:
                    procMount: Default
                - name: d
                  securityContext:
                    procMount: Unmasked
                - name: e
                  securityContext:
                    procMount: other
            """, "procMount", "containers \"d\", \"e\" must not set securityContext.procMount to \"Unmasked\", \"other\"" },

        // ===================================================================================================
        // release-1.34 (identical at release-1.33 apart from pointer helpers): tests of functions that release-1.35
        // still registers for older policy versions. release-1.34 ran them with the UserNamespacesPodSecurityStandards
        // gate off unless a case turned it on; release-1.35 dropped the gate and never relaxes these functions, so
        // the gate-off outcome is the release-1.35 outcome at these versions.
        // ===================================================================================================

        // check_procMount_test.go@release-1.34, TestProcMount (procMount_1_0, baseline procMount v1.0):
        // first "procMount" case, gate off. hostUsers: false does not relax the v1.0 policy.
        { "procMount", "1.0", """
            spec:
              hostUsers: false
              containers:
                - name: a
                - name: b
                  securityContext: {}
                - name: c
                  securityContext:
                    procMount: Default
                - name: d
                  securityContext:
                    procMount: Unmasked
                - name: e
                  securityContext:
                    procMount: other
            """, "procMount", "containers \"d\", \"e\" must not set securityContext.procMount to \"Unmasked\", \"other\"" },

        // check_runAsNonRoot_test.go@release-1.34, TestRunAsNonRoot (runAsNonRoot_1_0, v1.0): "no explicit runAsNonRoot"
        { "runAsNonRoot", "1.0", """
            spec:
              containers:
                - name: a
            """, "runAsNonRoot != true", "pod or container \"a\" must set securityContext.runAsNonRoot=true" },

        // check_runAsNonRoot_test.go@release-1.34: "pod runAsNonRoot=false"
        { "runAsNonRoot", "1.0", """
            spec:
              securityContext:
                runAsNonRoot: false
              containers:
                - name: a
            """, "runAsNonRoot != true", "pod must not set securityContext.runAsNonRoot=false" },

        // check_runAsNonRoot_test.go@release-1.34: "containers runAsNonRoot=false"
        { "runAsNonRoot", "1.0", """
            spec:
              securityContext:
                runAsNonRoot: true
              containers:
                - name: a
                - name: b
                  securityContext: {}
                - name: c
                  securityContext:
                    runAsNonRoot: false
                - name: d
                  securityContext:
                    runAsNonRoot: false
                - name: e
                  securityContext:
                    runAsNonRoot: true
                - name: f
                  securityContext:
                    runAsNonRoot: true
            """, "runAsNonRoot != true", "containers \"c\", \"d\" must not set securityContext.runAsNonRoot=false" },

        // check_runAsNonRoot_test.go@release-1.34: "pod nil, container fallthrough"
        { "runAsNonRoot", "1.0", """
            spec:
              containers:
                - name: a
                - name: b
                  securityContext: {}
                - name: d
                  securityContext:
                    runAsNonRoot: true
                - name: e
                  securityContext:
                    runAsNonRoot: true
            """, "runAsNonRoot != true", "pod or containers \"a\", \"b\" must set securityContext.runAsNonRoot=true" },

        // check_runAsNonRoot_test.go@release-1.34: "UserNamespacesPodSecurityStandards enabled with HostUsers"
        // (gate on, but hostUsers: true, so the gate cannot change the outcome)
        { "runAsNonRoot", "1.0", """
            spec:
              hostUsers: true
              containers:
                - name: a
            """, "runAsNonRoot != true", "pod or container \"a\" must set securityContext.runAsNonRoot=true" },

        // check_runAsUser_test.go@release-1.34, TestRunAsUser (runAsUser_1_23, v1.23): "pod runAsUser=0"
        { "runAsUser", "1.23", """
            spec:
              securityContext:
                runAsUser: 0
              containers:
                - name: a
            """, "runAsUser=0", "pod must not set runAsUser=0" },

        // check_runAsUser_test.go@release-1.34: "pod runAsUser=non-zero"
        { "runAsUser", "1.23", """
            spec:
              securityContext:
                runAsUser: 1000
              containers:
                - name: a
            """, null, null },

        // check_runAsUser_test.go@release-1.34: "pod runAsUser=nil"
        { "runAsUser", "1.23", """
            spec:
              securityContext: {}
              containers:
                - name: a
            """, null, null },

        // check_runAsUser_test.go@release-1.34: "containers runAsUser=0"
        { "runAsUser", "1.23", """
            spec:
              securityContext:
                runAsUser: 1000
              containers:
                - name: a
                - name: b
                  securityContext: {}
                - name: c
                  securityContext:
                    runAsUser: 0
                - name: d
                  securityContext:
                    runAsUser: 0
                - name: e
                  securityContext:
                    runAsUser: 1
                - name: f
                  securityContext:
                    runAsUser: 1
            """, "runAsUser=0", "containers \"c\", \"d\" must not set runAsUser=0" },

        // check_runAsUser_test.go@release-1.34: "containers runAsUser=non-zero"
        { "runAsUser", "1.23", """
            spec:
              containers:
                - name: c
                  securityContext:
                    runAsUser: 1
                - name: d
                  securityContext:
                    runAsUser: 2
                - name: e
                  securityContext:
                    runAsUser: 3
                - name: f
                  securityContext:
                    runAsUser: 4
            """, null, null },

        // check_runAsUser_test.go@release-1.34: "UserNamespacesPodSecurityStandards enabled with HostUsers"
        // (gate on, but hostUsers: true, so the gate cannot change the outcome)
        { "runAsUser", "1.23", """
            spec:
              hostUsers: true
              securityContext:
                runAsUser: 0
              containers:
                - name: a
            """, "runAsUser=0", "pod must not set runAsUser=0" },

        // ===================================================================================================
        // Skipped upstream cases
        // ===================================================================================================
        //
        // release-1.35 check_hostProbesAndhostLifecycle_test.go, TestHostProbesAndHostLifecycleEmulation
        //   ("no emulation", "emulate 1.34", "emulate 1.33"): runs the whole evaluator (NewEvaluator with an
        //   emulation version, level baseline at latest / v1.34 / v1.33) rather than one check, and asserts only
        //   Allowed, never a reason or detail. Depends on emulation. What it shows: with no emulation (or emulating
        //   1.34) a startupProbe httpGet host "localhost" fails baseline at latest and at v1.34 and passes at v1.33;
        //   emulating 1.33 caps latest at v1.33, so it passes everywhere.
        //
        // release-1.34 check_procMount_test.go, TestProcMount, second "procMount" case (hostUsers: false with
        //   RelaxPolicyForUserNamespacePods(true), expected allowed): depends on the UserNamespacesPodSecurityStandards
        //   gate. release-1.35 evaluates the same pod at v1.0 as a failure (row above); its v1.35 equivalent is
        //   release-1.35's "procMount with userns" row.
        //
        // release-1.34 check_runAsNonRoot_test.go and check_runAsUser_test.go, "UserNamespacesPodSecurityStandards
        //   enabled without HostUsers" (hostUsers: false, gate on, expected allowed): depends on the gate. The
        //   release-1.35 equivalent is "host users false allowed" at v1.35.
    };

    /// <summary>
    /// Check ID, pod as YAML, and "pass" or "fail": the per-check fixtures of k8s.io/pod-security-admission's
    /// test/fixtures_*.go at release-1.35, as TestFixtures writes them to test/testdata/&lt;level&gt;/v1.35/.
    /// </summary>
    /// <remarks>
    /// Every row is evaluated by the one named check at policy version 1.35. Baseline checks take their fixtures
    /// from test/testdata/baseline/v1.35 (pods built on the minimal baseline pod), restricted checks from
    /// test/testdata/restricted/v1.35 (pods built on the minimal restricted pod). The restricted folder's copies of
    /// the baseline fixtures, and the base*.yaml pods (which pass every check), are left out. The pods are the
    /// upstream files without apiVersion, kind and metadata.name.
    /// </remarks>
    public static TheoryData<string, string, string?> Fixtures() => new()
    {
        // appArmorProfile
        // baseline/v1.35/pass/apparmorprofile0.yaml
        { "appArmorProfile", """
            metadata:
              annotations:
                container.apparmor.security.beta.kubernetes.io/container1: localhost/foo
            spec:
              containers:
              - image: registry.k8s.io/pause
                name: container1
              initContainers:
              - image: registry.k8s.io/pause
                name: initcontainer1
            """, "pass" },

        // baseline/v1.35/fail/apparmorprofile0.yaml
        { "appArmorProfile", """
            metadata:
              annotations:
                container.apparmor.security.beta.kubernetes.io/container1: unconfined
            spec:
              containers:
              - image: registry.k8s.io/pause
                name: container1
              initContainers:
              - image: registry.k8s.io/pause
                name: initcontainer1
            """, "fail" },

        // baseline/v1.35/fail/apparmorprofile1.yaml
        { "appArmorProfile", """
            metadata:
              annotations:
                container.apparmor.security.beta.kubernetes.io/initcontainer1: unconfined
            spec:
              containers:
              - image: registry.k8s.io/pause
                name: container1
              initContainers:
              - image: registry.k8s.io/pause
                name: initcontainer1
            """, "fail" },

        // capabilities_baseline
        // baseline/v1.35/pass/capabilities_baseline0.yaml
        { "capabilities_baseline", """
            spec:
              containers:
              - image: registry.k8s.io/pause
                name: container1
                securityContext:
                  capabilities:
                    add:
                    - AUDIT_WRITE
                    - CHOWN
                    - DAC_OVERRIDE
                    - FOWNER
                    - FSETID
                    - KILL
                    - MKNOD
                    - NET_BIND_SERVICE
                    - SETFCAP
                    - SETGID
                    - SETPCAP
                    - SETUID
                    - SYS_CHROOT
              initContainers:
              - image: registry.k8s.io/pause
                name: initcontainer1
                securityContext:
                  capabilities:
                    add:
                    - AUDIT_WRITE
                    - CHOWN
                    - DAC_OVERRIDE
                    - FOWNER
                    - FSETID
                    - KILL
                    - MKNOD
                    - NET_BIND_SERVICE
                    - SETFCAP
                    - SETGID
                    - SETPCAP
                    - SETUID
                    - SYS_CHROOT
              securityContext: {}
            """, "pass" },

        // baseline/v1.35/fail/capabilities_baseline0.yaml
        { "capabilities_baseline", """
            spec:
              containers:
              - image: registry.k8s.io/pause
                name: container1
                securityContext:
                  capabilities:
                    add:
                    - NET_RAW
              initContainers:
              - image: registry.k8s.io/pause
                name: initcontainer1
                securityContext:
                  capabilities: {}
              securityContext: {}
            """, "fail" },

        // baseline/v1.35/fail/capabilities_baseline1.yaml
        { "capabilities_baseline", """
            spec:
              containers:
              - image: registry.k8s.io/pause
                name: container1
                securityContext:
                  capabilities: {}
              initContainers:
              - image: registry.k8s.io/pause
                name: initcontainer1
                securityContext:
                  capabilities:
                    add:
                    - NET_RAW
              securityContext: {}
            """, "fail" },

        // baseline/v1.35/fail/capabilities_baseline2.yaml
        { "capabilities_baseline", """
            spec:
              containers:
              - image: registry.k8s.io/pause
                name: container1
                securityContext:
                  capabilities:
                    add:
                    - chown
              initContainers:
              - image: registry.k8s.io/pause
                name: initcontainer1
                securityContext:
                  capabilities: {}
              securityContext: {}
            """, "fail" },

        // baseline/v1.35/fail/capabilities_baseline3.yaml
        { "capabilities_baseline", """
            spec:
              containers:
              - image: registry.k8s.io/pause
                name: container1
                securityContext:
                  capabilities:
                    add:
                    - CAP_CHOWN
              initContainers:
              - image: registry.k8s.io/pause
                name: initcontainer1
                securityContext:
                  capabilities: {}
              securityContext: {}
            """, "fail" },

        // hostNamespaces
        // baseline/v1.35/fail/hostnamespaces0.yaml
        { "hostNamespaces", """
            spec:
              containers:
              - image: registry.k8s.io/pause
                name: container1
              hostIPC: true
              initContainers:
              - image: registry.k8s.io/pause
                name: initcontainer1
            """, "fail" },

        // baseline/v1.35/fail/hostnamespaces1.yaml
        { "hostNamespaces", """
            spec:
              containers:
              - image: registry.k8s.io/pause
                name: container1
              hostNetwork: true
              initContainers:
              - image: registry.k8s.io/pause
                name: initcontainer1
            """, "fail" },

        // baseline/v1.35/fail/hostnamespaces2.yaml
        { "hostNamespaces", """
            spec:
              containers:
              - image: registry.k8s.io/pause
                name: container1
              hostPID: true
              initContainers:
              - image: registry.k8s.io/pause
                name: initcontainer1
            """, "fail" },

        // hostPathVolumes
        // baseline/v1.35/fail/hostpathvolumes0.yaml
        { "hostPathVolumes", """
            spec:
              containers:
              - image: registry.k8s.io/pause
                name: container1
              initContainers:
              - image: registry.k8s.io/pause
                name: initcontainer1
              volumes:
              - emptyDir: {}
                name: volume-emptydir
              - hostPath:
                  path: /a
                name: volume-hostpath
            """, "fail" },

        // baseline/v1.35/fail/hostpathvolumes1.yaml
        { "hostPathVolumes", """
            spec:
              containers:
              - image: registry.k8s.io/pause
                name: container1
              initContainers:
              - image: registry.k8s.io/pause
                name: initcontainer1
              volumes:
              - hostPath:
                  path: /a
                name: volume-hostpath-a
              - hostPath:
                  path: /b
                name: volume-hostpath-b
            """, "fail" },

        // hostPorts
        // baseline/v1.35/pass/hostports0.yaml
        { "hostPorts", """
            spec:
              containers:
              - image: registry.k8s.io/pause
                name: container1
                ports:
                - containerPort: 12345
              initContainers:
              - image: registry.k8s.io/pause
                name: initcontainer1
                ports:
                - containerPort: 12346
            """, "pass" },

        // baseline/v1.35/fail/hostports0.yaml
        { "hostPorts", """
            spec:
              containers:
              - image: registry.k8s.io/pause
                name: container1
                ports:
                - containerPort: 12345
                  hostPort: 12345
              initContainers:
              - image: registry.k8s.io/pause
                name: initcontainer1
            """, "fail" },

        // baseline/v1.35/fail/hostports1.yaml
        { "hostPorts", """
            spec:
              containers:
              - image: registry.k8s.io/pause
                name: container1
              initContainers:
              - image: registry.k8s.io/pause
                name: initcontainer1
                ports:
                - containerPort: 12346
                  hostPort: 12346
            """, "fail" },

        // baseline/v1.35/fail/hostports2.yaml
        { "hostPorts", """
            spec:
              containers:
              - image: registry.k8s.io/pause
                name: container1
                ports:
                - containerPort: 12345
                  hostPort: 12345
                - containerPort: 12347
              initContainers:
              - image: registry.k8s.io/pause
                name: initcontainer1
                ports:
                - containerPort: 12346
                  hostPort: 12346
                - containerPort: 12348
            """, "fail" },

        // hostProbesAndHostLifecycle
        // baseline/v1.35/pass/hostprobesandhostlifecycle0.yaml
        { "hostProbesAndHostLifecycle", """
            spec:
              containers:
              - image: registry.k8s.io/pause
                name: container1
              initContainers:
              - image: registry.k8s.io/pause
                name: initcontainer1
            """, "pass" },

        // baseline/v1.35/pass/hostprobesandhostlifecycle1.yaml
        { "hostProbesAndHostLifecycle", """
            spec:
              containers:
              - image: registry.k8s.io/pause
                livenessProbe:
                  httpGet:
                    port: 8080
                name: container1
              initContainers:
              - image: registry.k8s.io/pause
                name: initcontainer1
            """, "pass" },

        // baseline/v1.35/pass/hostprobesandhostlifecycle2.yaml
        { "hostProbesAndHostLifecycle", """
            spec:
              containers:
              - image: registry.k8s.io/pause
                name: container1
                readinessProbe:
                  tcpSocket:
                    port: 8080
              initContainers:
              - image: registry.k8s.io/pause
                name: initcontainer1
            """, "pass" },

        // baseline/v1.35/fail/hostprobesandhostlifecycle0.yaml
        { "hostProbesAndHostLifecycle", """
            spec:
              containers:
              - image: registry.k8s.io/pause
                livenessProbe:
                  httpGet:
                    host: bad.host
                    port: 8080
                name: container1
              initContainers:
              - image: registry.k8s.io/pause
                name: initcontainer1
            """, "fail" },

        // baseline/v1.35/fail/hostprobesandhostlifecycle1.yaml
        { "hostProbesAndHostLifecycle", """
            spec:
              containers:
              - image: registry.k8s.io/pause
                name: container1
              initContainers:
              - image: registry.k8s.io/pause
                name: initcontainer1
                readinessProbe:
                  tcpSocket:
                    host: 8.8.8.8
                    port: 8080
                restartPolicy: Always
            """, "fail" },

        // baseline/v1.35/fail/hostprobesandhostlifecycle2.yaml
        { "hostProbesAndHostLifecycle", """
            spec:
              containers:
              - image: registry.k8s.io/pause
                lifecycle:
                  postStart:
                    httpGet:
                      host: bad.host
                      port: 8080
                name: container1
              initContainers:
              - image: registry.k8s.io/pause
                name: initcontainer1
            """, "fail" },

        // baseline/v1.35/fail/hostprobesandhostlifecycle3.yaml
        { "hostProbesAndHostLifecycle", """
            spec:
              containers:
              - image: registry.k8s.io/pause
                livenessProbe:
                  httpGet:
                    host: 127.0.0.1
                    port: 8080
                name: container1
              initContainers:
              - image: registry.k8s.io/pause
                name: initcontainer1
            """, "fail" },

        // baseline/v1.35/fail/hostprobesandhostlifecycle4.yaml
        { "hostProbesAndHostLifecycle", """
            spec:
              containers:
              - image: registry.k8s.io/pause
                name: container1
                readinessProbe:
                  tcpSocket:
                    host: ::1
                    port: 8080
              initContainers:
              - image: registry.k8s.io/pause
                name: initcontainer1
            """, "fail" },

        // privileged
        // baseline/v1.35/pass/privileged0.yaml
        { "privileged", """
            spec:
              containers:
              - image: registry.k8s.io/pause
                name: container1
                securityContext:
                  privileged: false
              initContainers:
              - image: registry.k8s.io/pause
                name: initcontainer1
                securityContext:
                  privileged: false
              securityContext: {}
            """, "pass" },

        // baseline/v1.35/fail/privileged0.yaml
        { "privileged", """
            spec:
              containers:
              - image: registry.k8s.io/pause
                name: container1
                securityContext:
                  privileged: true
              initContainers:
              - image: registry.k8s.io/pause
                name: initcontainer1
                securityContext: {}
              securityContext: {}
            """, "fail" },

        // baseline/v1.35/fail/privileged1.yaml
        { "privileged", """
            spec:
              containers:
              - image: registry.k8s.io/pause
                name: container1
                securityContext: {}
              initContainers:
              - image: registry.k8s.io/pause
                name: initcontainer1
                securityContext:
                  privileged: true
              securityContext: {}
            """, "fail" },

        // procMount
        // baseline/v1.35/pass/procmount0.yaml
        { "procMount", """
            spec:
              containers:
              - image: registry.k8s.io/pause
                name: container1
                securityContext:
                  procMount: Default
              hostUsers: false
              initContainers:
              - image: registry.k8s.io/pause
                name: initcontainer1
                securityContext:
                  procMount: Default
              securityContext: {}
            """, "pass" },

        // baseline/v1.35/pass/procmount1.yaml
        { "procMount", """
            spec:
              containers:
              - image: registry.k8s.io/pause
                name: container1
                securityContext:
                  procMount: Unmasked
              hostUsers: false
              initContainers:
              - image: registry.k8s.io/pause
                name: initcontainer1
                securityContext:
                  procMount: Unmasked
              securityContext: {}
            """, "pass" },

        // baseline/v1.35/fail/procmount0.yaml
        { "procMount", """
            spec:
              containers:
              - image: registry.k8s.io/pause
                name: container1
                securityContext:
                  procMount: Unmasked
              hostUsers: true
              initContainers:
              - image: registry.k8s.io/pause
                name: initcontainer1
                securityContext: {}
              securityContext: {}
            """, "fail" },

        // baseline/v1.35/fail/procmount1.yaml
        { "procMount", """
            spec:
              containers:
              - image: registry.k8s.io/pause
                name: container1
                securityContext: {}
              hostUsers: true
              initContainers:
              - image: registry.k8s.io/pause
                name: initcontainer1
                securityContext:
                  procMount: Unmasked
              securityContext: {}
            """, "fail" },

        // seccompProfile_baseline
        // baseline/v1.35/pass/seccompprofile_baseline0.yaml
        { "seccompProfile_baseline", """
            spec:
              containers:
              - image: registry.k8s.io/pause
                name: container1
                securityContext:
                  seccompProfile:
                    type: RuntimeDefault
              initContainers:
              - image: registry.k8s.io/pause
                name: initcontainer1
                securityContext: {}
              securityContext:
                seccompProfile:
                  type: RuntimeDefault
            """, "pass" },

        // baseline/v1.35/fail/seccompprofile_baseline0.yaml
        { "seccompProfile_baseline", """
            spec:
              containers:
              - image: registry.k8s.io/pause
                name: container1
                securityContext: {}
              initContainers:
              - image: registry.k8s.io/pause
                name: initcontainer1
                securityContext: {}
              securityContext:
                seccompProfile:
                  type: Unconfined
            """, "fail" },

        // baseline/v1.35/fail/seccompprofile_baseline1.yaml
        { "seccompProfile_baseline", """
            spec:
              containers:
              - image: registry.k8s.io/pause
                name: container1
                securityContext:
                  seccompProfile:
                    type: Unconfined
              initContainers:
              - image: registry.k8s.io/pause
                name: initcontainer1
                securityContext: {}
              securityContext: {}
            """, "fail" },

        // baseline/v1.35/fail/seccompprofile_baseline2.yaml
        { "seccompProfile_baseline", """
            spec:
              containers:
              - image: registry.k8s.io/pause
                name: container1
                securityContext: {}
              initContainers:
              - image: registry.k8s.io/pause
                name: initcontainer1
                securityContext:
                  seccompProfile:
                    type: Unconfined
              securityContext: {}
            """, "fail" },

        // seLinuxOptions
        // baseline/v1.35/pass/selinuxoptions0.yaml
        { "seLinuxOptions", """
            spec:
              containers:
              - image: registry.k8s.io/pause
                name: container1
                securityContext: {}
              initContainers:
              - image: registry.k8s.io/pause
                name: initcontainer1
                securityContext:
                  seLinuxOptions: {}
              securityContext: {}
            """, "pass" },

        // baseline/v1.35/pass/selinuxoptions1.yaml
        { "seLinuxOptions", """
            spec:
              containers:
              - image: registry.k8s.io/pause
                name: container1
                securityContext:
                  seLinuxOptions:
                    level: somevalue
                    type: container_init_t
              initContainers:
              - image: registry.k8s.io/pause
                name: initcontainer1
                securityContext:
                  seLinuxOptions:
                    type: container_kvm_t
              securityContext:
                seLinuxOptions:
                  type: container_t
            """, "pass" },

        // baseline/v1.35/fail/selinuxoptions0.yaml
        { "seLinuxOptions", """
            spec:
              containers:
              - image: registry.k8s.io/pause
                name: container1
                securityContext:
                  seLinuxOptions: {}
              initContainers:
              - image: registry.k8s.io/pause
                name: initcontainer1
                securityContext:
                  seLinuxOptions: {}
              securityContext:
                seLinuxOptions:
                  type: somevalue
            """, "fail" },

        // baseline/v1.35/fail/selinuxoptions1.yaml
        { "seLinuxOptions", """
            spec:
              containers:
              - image: registry.k8s.io/pause
                name: container1
                securityContext:
                  seLinuxOptions:
                    type: somevalue
              initContainers:
              - image: registry.k8s.io/pause
                name: initcontainer1
                securityContext:
                  seLinuxOptions: {}
              securityContext:
                seLinuxOptions: {}
            """, "fail" },

        // baseline/v1.35/fail/selinuxoptions2.yaml
        { "seLinuxOptions", """
            spec:
              containers:
              - image: registry.k8s.io/pause
                name: container1
                securityContext:
                  seLinuxOptions: {}
              initContainers:
              - image: registry.k8s.io/pause
                name: initcontainer1
                securityContext:
                  seLinuxOptions:
                    type: somevalue
              securityContext:
                seLinuxOptions: {}
            """, "fail" },

        // baseline/v1.35/fail/selinuxoptions3.yaml
        { "seLinuxOptions", """
            spec:
              containers:
              - image: registry.k8s.io/pause
                name: container1
                securityContext:
                  seLinuxOptions: {}
              initContainers:
              - image: registry.k8s.io/pause
                name: initcontainer1
                securityContext:
                  seLinuxOptions: {}
              securityContext:
                seLinuxOptions:
                  user: somevalue
            """, "fail" },

        // baseline/v1.35/fail/selinuxoptions4.yaml
        { "seLinuxOptions", """
            spec:
              containers:
              - image: registry.k8s.io/pause
                name: container1
                securityContext:
                  seLinuxOptions: {}
              initContainers:
              - image: registry.k8s.io/pause
                name: initcontainer1
                securityContext:
                  seLinuxOptions: {}
              securityContext:
                seLinuxOptions:
                  role: somevalue
            """, "fail" },

        // sysctls
        // baseline/v1.35/pass/sysctls0.yaml
        { "sysctls", """
            spec:
              containers:
              - image: registry.k8s.io/pause
                name: container1
              initContainers:
              - image: registry.k8s.io/pause
                name: initcontainer1
              securityContext: {}
            """, "pass" },

        // baseline/v1.35/pass/sysctls1.yaml
        { "sysctls", """
            spec:
              containers:
              - image: registry.k8s.io/pause
                name: container1
              initContainers:
              - image: registry.k8s.io/pause
                name: initcontainer1
              securityContext:
                sysctls:
                - name: net.ipv4.tcp_rmem
                  value: 4096 87380 16777216
                - name: net.ipv4.tcp_wmem
                  value: 4096 65536 16777216
            """, "pass" },

        // baseline/v1.35/fail/sysctls0.yaml
        { "sysctls", """
            spec:
              containers:
              - image: registry.k8s.io/pause
                name: container1
              initContainers:
              - image: registry.k8s.io/pause
                name: initcontainer1
              securityContext:
                sysctls:
                - name: othersysctl
                  value: other
            """, "fail" },

        // windowsHostProcess
        // baseline/v1.35/fail/windowshostprocess0.yaml
        { "windowsHostProcess", """
            spec:
              containers:
              - image: registry.k8s.io/pause
                name: container1
                securityContext:
                  windowsOptions: {}
              hostNetwork: true
              initContainers:
              - image: registry.k8s.io/pause
                name: initcontainer1
                securityContext:
                  windowsOptions: {}
              securityContext:
                windowsOptions:
                  hostProcess: true
            """, "fail" },

        // baseline/v1.35/fail/windowshostprocess1.yaml
        { "windowsHostProcess", """
            spec:
              containers:
              - image: registry.k8s.io/pause
                name: container1
                securityContext:
                  windowsOptions:
                    hostProcess: true
              hostNetwork: true
              initContainers:
              - image: registry.k8s.io/pause
                name: initcontainer1
                securityContext:
                  windowsOptions:
                    hostProcess: true
              securityContext:
                windowsOptions: {}
            """, "fail" },

        // allowPrivilegeEscalation
        // restricted/v1.35/fail/allowprivilegeescalation0.yaml
        { "allowPrivilegeEscalation", """
            spec:
              containers:
              - image: registry.k8s.io/pause
                name: container1
                securityContext:
                  allowPrivilegeEscalation: true
                  capabilities:
                    drop:
                    - ALL
              initContainers:
              - image: registry.k8s.io/pause
                name: initcontainer1
                securityContext:
                  allowPrivilegeEscalation: false
                  capabilities:
                    drop:
                    - ALL
              securityContext:
                runAsNonRoot: true
                seccompProfile:
                  type: RuntimeDefault
            """, "fail" },

        // restricted/v1.35/fail/allowprivilegeescalation1.yaml
        { "allowPrivilegeEscalation", """
            spec:
              containers:
              - image: registry.k8s.io/pause
                name: container1
                securityContext:
                  allowPrivilegeEscalation: false
                  capabilities:
                    drop:
                    - ALL
              initContainers:
              - image: registry.k8s.io/pause
                name: initcontainer1
                securityContext:
                  allowPrivilegeEscalation: true
                  capabilities:
                    drop:
                    - ALL
              securityContext:
                runAsNonRoot: true
                seccompProfile:
                  type: RuntimeDefault
            """, "fail" },

        // restricted/v1.35/fail/allowprivilegeescalation2.yaml
        { "allowPrivilegeEscalation", """
            spec:
              containers:
              - image: registry.k8s.io/pause
                name: container1
                securityContext:
                  capabilities:
                    drop:
                    - ALL
              initContainers:
              - image: registry.k8s.io/pause
                name: initcontainer1
                securityContext:
                  allowPrivilegeEscalation: false
                  capabilities:
                    drop:
                    - ALL
              securityContext:
                runAsNonRoot: true
                seccompProfile:
                  type: RuntimeDefault
            """, "fail" },

        // restricted/v1.35/fail/allowprivilegeescalation3.yaml
        { "allowPrivilegeEscalation", """
            spec:
              containers:
              - image: registry.k8s.io/pause
                name: container1
              initContainers:
              - image: registry.k8s.io/pause
                name: initcontainer1
                securityContext:
                  allowPrivilegeEscalation: false
                  capabilities:
                    drop:
                    - ALL
              securityContext:
                runAsNonRoot: true
                seccompProfile:
                  type: RuntimeDefault
            """, "fail" },

        // capabilities_restricted
        // restricted/v1.35/pass/capabilities_restricted0.yaml
        { "capabilities_restricted", """
            spec:
              containers:
              - image: registry.k8s.io/pause
                name: container1
                securityContext:
                  allowPrivilegeEscalation: false
                  capabilities:
                    add:
                    - NET_BIND_SERVICE
                    drop:
                    - ALL
              initContainers:
              - image: registry.k8s.io/pause
                name: initcontainer1
                securityContext:
                  allowPrivilegeEscalation: false
                  capabilities:
                    add:
                    - NET_BIND_SERVICE
                    drop:
                    - ALL
              securityContext:
                runAsNonRoot: true
                seccompProfile:
                  type: RuntimeDefault
            """, "pass" },

        // restricted/v1.35/fail/capabilities_restricted0.yaml
        { "capabilities_restricted", """
            spec:
              containers:
              - image: registry.k8s.io/pause
                name: container1
                securityContext:
                  allowPrivilegeEscalation: false
                  capabilities: {}
              initContainers:
              - image: registry.k8s.io/pause
                name: initcontainer1
                securityContext:
                  allowPrivilegeEscalation: false
                  capabilities:
                    drop:
                    - ALL
              securityContext:
                runAsNonRoot: true
                seccompProfile:
                  type: RuntimeDefault
            """, "fail" },

        // restricted/v1.35/fail/capabilities_restricted1.yaml
        { "capabilities_restricted", """
            spec:
              containers:
              - image: registry.k8s.io/pause
                name: container1
                securityContext:
                  allowPrivilegeEscalation: false
                  capabilities:
                    drop:
                    - ALL
              initContainers:
              - image: registry.k8s.io/pause
                name: initcontainer1
                securityContext:
                  allowPrivilegeEscalation: false
                  capabilities: {}
              securityContext:
                runAsNonRoot: true
                seccompProfile:
                  type: RuntimeDefault
            """, "fail" },

        // restricted/v1.35/fail/capabilities_restricted2.yaml
        { "capabilities_restricted", """
            spec:
              containers:
              - image: registry.k8s.io/pause
                name: container1
                securityContext:
                  allowPrivilegeEscalation: false
                  capabilities:
                    drop:
                    - SYS_TIME
                    - SYS_MODULE
                    - SYS_RAWIO
                    - SYS_PACCT
                    - SYS_ADMIN
                    - SYS_NICE
                    - SYS_RESOURCE
                    - SYS_TIME
                    - SYS_TTY_CONFIG
                    - MKNOD
                    - AUDIT_WRITE
                    - AUDIT_CONTROL
                    - MAC_OVERRIDE
                    - MAC_ADMIN
                    - NET_ADMIN
                    - SYSLOG
                    - CHOWN
                    - NET_RAW
                    - DAC_OVERRIDE
                    - FOWNER
                    - DAC_READ_SEARCH
                    - FSETID
                    - KILL
                    - SETGID
                    - SETUID
                    - LINUX_IMMUTABLE
                    - NET_BIND_SERVICE
                    - NET_BROADCAST
                    - IPC_LOCK
                    - IPC_OWNER
                    - SYS_CHROOT
                    - SYS_PTRACE
                    - SYS_BOOT
                    - LEASE
                    - SETFCAP
                    - WAKE_ALARM
                    - BLOCK_SUSPEND
              initContainers:
              - image: registry.k8s.io/pause
                name: initcontainer1
                securityContext:
                  allowPrivilegeEscalation: false
                  capabilities:
                    drop:
                    - SYS_TIME
                    - SYS_MODULE
                    - SYS_RAWIO
                    - SYS_PACCT
                    - SYS_ADMIN
                    - SYS_NICE
                    - SYS_RESOURCE
                    - SYS_TIME
                    - SYS_TTY_CONFIG
                    - MKNOD
                    - AUDIT_WRITE
                    - AUDIT_CONTROL
                    - MAC_OVERRIDE
                    - MAC_ADMIN
                    - NET_ADMIN
                    - SYSLOG
                    - CHOWN
                    - NET_RAW
                    - DAC_OVERRIDE
                    - FOWNER
                    - DAC_READ_SEARCH
                    - FSETID
                    - KILL
                    - SETGID
                    - SETUID
                    - LINUX_IMMUTABLE
                    - NET_BIND_SERVICE
                    - NET_BROADCAST
                    - IPC_LOCK
                    - IPC_OWNER
                    - SYS_CHROOT
                    - SYS_PTRACE
                    - SYS_BOOT
                    - LEASE
                    - SETFCAP
                    - WAKE_ALARM
                    - BLOCK_SUSPEND
              securityContext:
                runAsNonRoot: true
                seccompProfile:
                  type: RuntimeDefault
            """, "fail" },

        // restricted/v1.35/fail/capabilities_restricted3.yaml
        { "capabilities_restricted", """
            spec:
              containers:
              - image: registry.k8s.io/pause
                name: container1
                securityContext:
                  allowPrivilegeEscalation: false
                  capabilities:
                    add:
                    - AUDIT_WRITE
                    - CHOWN
                    - DAC_OVERRIDE
                    - FOWNER
                    - FSETID
                    - KILL
                    - MKNOD
                    - NET_BIND_SERVICE
                    - SETFCAP
                    - SETGID
                    - SETPCAP
                    - SETUID
                    - SYS_CHROOT
                    drop:
                    - ALL
              initContainers:
              - image: registry.k8s.io/pause
                name: initcontainer1
                securityContext:
                  allowPrivilegeEscalation: false
                  capabilities:
                    add:
                    - AUDIT_WRITE
                    - CHOWN
                    - DAC_OVERRIDE
                    - FOWNER
                    - FSETID
                    - KILL
                    - MKNOD
                    - NET_BIND_SERVICE
                    - SETFCAP
                    - SETGID
                    - SETPCAP
                    - SETUID
                    - SYS_CHROOT
                    drop:
                    - ALL
              securityContext:
                runAsNonRoot: true
                seccompProfile:
                  type: RuntimeDefault
            """, "fail" },

        // procMount_restricted
        // restricted/v1.35/pass/procmount_restricted0.yaml
        { "procMount_restricted", """
            spec:
              containers:
              - image: registry.k8s.io/pause
                name: container1
                securityContext:
                  allowPrivilegeEscalation: false
                  capabilities:
                    drop:
                    - ALL
                  procMount: Default
              hostUsers: false
              initContainers:
              - image: registry.k8s.io/pause
                name: initcontainer1
                securityContext:
                  allowPrivilegeEscalation: false
                  capabilities:
                    drop:
                    - ALL
                  procMount: Default
              securityContext:
                runAsNonRoot: true
                seccompProfile:
                  type: RuntimeDefault
            """, "pass" },

        // restricted/v1.35/fail/procmount_restricted0.yaml
        { "procMount_restricted", """
            spec:
              containers:
              - image: registry.k8s.io/pause
                name: container1
                securityContext:
                  allowPrivilegeEscalation: false
                  capabilities:
                    drop:
                    - ALL
                  procMount: Unmasked
              hostUsers: false
              initContainers:
              - image: registry.k8s.io/pause
                name: initcontainer1
                securityContext:
                  allowPrivilegeEscalation: false
                  capabilities:
                    drop:
                    - ALL
              securityContext:
                runAsNonRoot: true
                seccompProfile:
                  type: RuntimeDefault
            """, "fail" },

        // restricted/v1.35/fail/procmount_restricted1.yaml
        { "procMount_restricted", """
            spec:
              containers:
              - image: registry.k8s.io/pause
                name: container1
                securityContext:
                  allowPrivilegeEscalation: false
                  capabilities:
                    drop:
                    - ALL
              hostUsers: false
              initContainers:
              - image: registry.k8s.io/pause
                name: initcontainer1
                securityContext:
                  allowPrivilegeEscalation: false
                  capabilities:
                    drop:
                    - ALL
                  procMount: Unmasked
              securityContext:
                runAsNonRoot: true
                seccompProfile:
                  type: RuntimeDefault
            """, "fail" },

        // restrictedVolumes
        // restricted/v1.35/pass/restrictedvolumes0.yaml
        // Passes only after API defaulting: "volume0" has no volume source, and the API server defaults a volume
        // without a source to emptyDir: {} before admission runs. The check function alone reports it as
        // restricted volume type "unknown" (see the "host path volumes" row of All(), volume "c1").
        { "restrictedVolumes", """
            spec:
              containers:
              - image: registry.k8s.io/pause
                name: container1
                securityContext:
                  allowPrivilegeEscalation: false
                  capabilities:
                    drop:
                    - ALL
              initContainers:
              - image: registry.k8s.io/pause
                name: initcontainer1
                securityContext:
                  allowPrivilegeEscalation: false
                  capabilities:
                    drop:
                    - ALL
              securityContext:
                runAsNonRoot: true
                seccompProfile:
                  type: RuntimeDefault
              volumes:
              - name: volume0
              - emptyDir: {}
                name: volume1
              - name: volume2
                secret:
                  secretName: test
              - name: volume3
                persistentVolumeClaim:
                  claimName: test
              - downwardAPI:
                  items:
                  - fieldRef:
                      fieldPath: metadata.labels
                    path: labels
                name: volume4
              - configMap:
                  name: test
                name: volume5
              - name: volume6
                projected:
                  sources: []
            """, "pass" },

        // restricted/v1.35/fail/restrictedvolumes0.yaml
        { "restrictedVolumes", """
            spec:
              containers:
              - image: registry.k8s.io/pause
                name: container1
                securityContext:
                  allowPrivilegeEscalation: false
                  capabilities:
                    drop:
                    - ALL
              initContainers:
              - image: registry.k8s.io/pause
                name: initcontainer1
                securityContext:
                  allowPrivilegeEscalation: false
                  capabilities:
                    drop:
                    - ALL
              securityContext:
                runAsNonRoot: true
                seccompProfile:
                  type: RuntimeDefault
              volumes:
              - gcePersistentDisk:
                  pdName: test
                name: volume1
            """, "fail" },

        // restricted/v1.35/fail/restrictedvolumes1.yaml
        { "restrictedVolumes", """
            spec:
              containers:
              - image: registry.k8s.io/pause
                name: container1
                securityContext:
                  allowPrivilegeEscalation: false
                  capabilities:
                    drop:
                    - ALL
              initContainers:
              - image: registry.k8s.io/pause
                name: initcontainer1
                securityContext:
                  allowPrivilegeEscalation: false
                  capabilities:
                    drop:
                    - ALL
              securityContext:
                runAsNonRoot: true
                seccompProfile:
                  type: RuntimeDefault
              volumes:
              - awsElasticBlockStore:
                  volumeID: test
                name: volume1
            """, "fail" },

        // restricted/v1.35/fail/restrictedvolumes2.yaml
        { "restrictedVolumes", """
            spec:
              containers:
              - image: registry.k8s.io/pause
                name: container1
                securityContext:
                  allowPrivilegeEscalation: false
                  capabilities:
                    drop:
                    - ALL
              initContainers:
              - image: registry.k8s.io/pause
                name: initcontainer1
                securityContext:
                  allowPrivilegeEscalation: false
                  capabilities:
                    drop:
                    - ALL
              securityContext:
                runAsNonRoot: true
                seccompProfile:
                  type: RuntimeDefault
              volumes:
              - gitRepo:
                  repository: github.com/kubernetes/kubernetes
                name: volume1
            """, "fail" },

        // restricted/v1.35/fail/restrictedvolumes3.yaml
        { "restrictedVolumes", """
            spec:
              containers:
              - image: registry.k8s.io/pause
                name: container1
                securityContext:
                  allowPrivilegeEscalation: false
                  capabilities:
                    drop:
                    - ALL
              initContainers:
              - image: registry.k8s.io/pause
                name: initcontainer1
                securityContext:
                  allowPrivilegeEscalation: false
                  capabilities:
                    drop:
                    - ALL
              securityContext:
                runAsNonRoot: true
                seccompProfile:
                  type: RuntimeDefault
              volumes:
              - name: volume1
                nfs:
                  path: /test
                  server: test
            """, "fail" },

        // restricted/v1.35/fail/restrictedvolumes4.yaml
        { "restrictedVolumes", """
            spec:
              containers:
              - image: registry.k8s.io/pause
                name: container1
                securityContext:
                  allowPrivilegeEscalation: false
                  capabilities:
                    drop:
                    - ALL
              initContainers:
              - image: registry.k8s.io/pause
                name: initcontainer1
                securityContext:
                  allowPrivilegeEscalation: false
                  capabilities:
                    drop:
                    - ALL
              securityContext:
                runAsNonRoot: true
                seccompProfile:
                  type: RuntimeDefault
              volumes:
              - iscsi:
                  iqn: iqn.2001-04.com.example:storage.kube.sys1.xyz
                  lun: 0
                  targetPortal: test
                name: volume1
            """, "fail" },

        // restricted/v1.35/fail/restrictedvolumes5.yaml
        { "restrictedVolumes", """
            spec:
              containers:
              - image: registry.k8s.io/pause
                name: container1
                securityContext:
                  allowPrivilegeEscalation: false
                  capabilities:
                    drop:
                    - ALL
              initContainers:
              - image: registry.k8s.io/pause
                name: initcontainer1
                securityContext:
                  allowPrivilegeEscalation: false
                  capabilities:
                    drop:
                    - ALL
              securityContext:
                runAsNonRoot: true
                seccompProfile:
                  type: RuntimeDefault
              volumes:
              - glusterfs:
                  endpoints: test
                  path: test
                name: volume1
            """, "fail" },

        // restricted/v1.35/fail/restrictedvolumes6.yaml
        { "restrictedVolumes", """
            spec:
              containers:
              - image: registry.k8s.io/pause
                name: container1
                securityContext:
                  allowPrivilegeEscalation: false
                  capabilities:
                    drop:
                    - ALL
              initContainers:
              - image: registry.k8s.io/pause
                name: initcontainer1
                securityContext:
                  allowPrivilegeEscalation: false
                  capabilities:
                    drop:
                    - ALL
              securityContext:
                runAsNonRoot: true
                seccompProfile:
                  type: RuntimeDefault
              volumes:
              - name: volume1
                rbd:
                  image: test
                  monitors:
                  - test
            """, "fail" },

        // restricted/v1.35/fail/restrictedvolumes7.yaml
        { "restrictedVolumes", """
            spec:
              containers:
              - image: registry.k8s.io/pause
                name: container1
                securityContext:
                  allowPrivilegeEscalation: false
                  capabilities:
                    drop:
                    - ALL
              initContainers:
              - image: registry.k8s.io/pause
                name: initcontainer1
                securityContext:
                  allowPrivilegeEscalation: false
                  capabilities:
                    drop:
                    - ALL
              securityContext:
                runAsNonRoot: true
                seccompProfile:
                  type: RuntimeDefault
              volumes:
              - flexVolume:
                  driver: test
                name: volume1
            """, "fail" },

        // restricted/v1.35/fail/restrictedvolumes8.yaml
        { "restrictedVolumes", """
            spec:
              containers:
              - image: registry.k8s.io/pause
                name: container1
                securityContext:
                  allowPrivilegeEscalation: false
                  capabilities:
                    drop:
                    - ALL
              initContainers:
              - image: registry.k8s.io/pause
                name: initcontainer1
                securityContext:
                  allowPrivilegeEscalation: false
                  capabilities:
                    drop:
                    - ALL
              securityContext:
                runAsNonRoot: true
                seccompProfile:
                  type: RuntimeDefault
              volumes:
              - cinder:
                  volumeID: test
                name: volume1
            """, "fail" },

        // restricted/v1.35/fail/restrictedvolumes9.yaml
        { "restrictedVolumes", """
            spec:
              containers:
              - image: registry.k8s.io/pause
                name: container1
                securityContext:
                  allowPrivilegeEscalation: false
                  capabilities:
                    drop:
                    - ALL
              initContainers:
              - image: registry.k8s.io/pause
                name: initcontainer1
                securityContext:
                  allowPrivilegeEscalation: false
                  capabilities:
                    drop:
                    - ALL
              securityContext:
                runAsNonRoot: true
                seccompProfile:
                  type: RuntimeDefault
              volumes:
              - cephfs:
                  monitors:
                  - test
                name: volume1
            """, "fail" },

        // restricted/v1.35/fail/restrictedvolumes10.yaml
        { "restrictedVolumes", """
            spec:
              containers:
              - image: registry.k8s.io/pause
                name: container1
                securityContext:
                  allowPrivilegeEscalation: false
                  capabilities:
                    drop:
                    - ALL
              initContainers:
              - image: registry.k8s.io/pause
                name: initcontainer1
                securityContext:
                  allowPrivilegeEscalation: false
                  capabilities:
                    drop:
                    - ALL
              securityContext:
                runAsNonRoot: true
                seccompProfile:
                  type: RuntimeDefault
              volumes:
              - flocker:
                  datasetName: test
                name: volume1
            """, "fail" },

        // restricted/v1.35/fail/restrictedvolumes11.yaml
        { "restrictedVolumes", """
            spec:
              containers:
              - image: registry.k8s.io/pause
                name: container1
                securityContext:
                  allowPrivilegeEscalation: false
                  capabilities:
                    drop:
                    - ALL
              initContainers:
              - image: registry.k8s.io/pause
                name: initcontainer1
                securityContext:
                  allowPrivilegeEscalation: false
                  capabilities:
                    drop:
                    - ALL
              securityContext:
                runAsNonRoot: true
                seccompProfile:
                  type: RuntimeDefault
              volumes:
              - fc:
                  wwids:
                  - test
                name: volume1
            """, "fail" },

        // restricted/v1.35/fail/restrictedvolumes12.yaml
        { "restrictedVolumes", """
            spec:
              containers:
              - image: registry.k8s.io/pause
                name: container1
                securityContext:
                  allowPrivilegeEscalation: false
                  capabilities:
                    drop:
                    - ALL
              initContainers:
              - image: registry.k8s.io/pause
                name: initcontainer1
                securityContext:
                  allowPrivilegeEscalation: false
                  capabilities:
                    drop:
                    - ALL
              securityContext:
                runAsNonRoot: true
                seccompProfile:
                  type: RuntimeDefault
              volumes:
              - azureFile:
                  secretName: test
                  shareName: test
                name: volume1
            """, "fail" },

        // restricted/v1.35/fail/restrictedvolumes13.yaml
        { "restrictedVolumes", """
            spec:
              containers:
              - image: registry.k8s.io/pause
                name: container1
                securityContext:
                  allowPrivilegeEscalation: false
                  capabilities:
                    drop:
                    - ALL
              initContainers:
              - image: registry.k8s.io/pause
                name: initcontainer1
                securityContext:
                  allowPrivilegeEscalation: false
                  capabilities:
                    drop:
                    - ALL
              securityContext:
                runAsNonRoot: true
                seccompProfile:
                  type: RuntimeDefault
              volumes:
              - name: volume1
                vsphereVolume:
                  volumePath: test
            """, "fail" },

        // restricted/v1.35/fail/restrictedvolumes14.yaml
        { "restrictedVolumes", """
            spec:
              containers:
              - image: registry.k8s.io/pause
                name: container1
                securityContext:
                  allowPrivilegeEscalation: false
                  capabilities:
                    drop:
                    - ALL
              initContainers:
              - image: registry.k8s.io/pause
                name: initcontainer1
                securityContext:
                  allowPrivilegeEscalation: false
                  capabilities:
                    drop:
                    - ALL
              securityContext:
                runAsNonRoot: true
                seccompProfile:
                  type: RuntimeDefault
              volumes:
              - name: volume1
                quobyte:
                  registry: localhost:1234
                  volume: test
            """, "fail" },

        // restricted/v1.35/fail/restrictedvolumes15.yaml
        { "restrictedVolumes", """
            spec:
              containers:
              - image: registry.k8s.io/pause
                name: container1
                securityContext:
                  allowPrivilegeEscalation: false
                  capabilities:
                    drop:
                    - ALL
              initContainers:
              - image: registry.k8s.io/pause
                name: initcontainer1
                securityContext:
                  allowPrivilegeEscalation: false
                  capabilities:
                    drop:
                    - ALL
              securityContext:
                runAsNonRoot: true
                seccompProfile:
                  type: RuntimeDefault
              volumes:
              - azureDisk:
                  diskName: test
                  diskURI: https://test.blob.core.windows.net/test/test.vhd
                name: volume1
            """, "fail" },

        // restricted/v1.35/fail/restrictedvolumes16.yaml
        { "restrictedVolumes", """
            spec:
              containers:
              - image: registry.k8s.io/pause
                name: container1
                securityContext:
                  allowPrivilegeEscalation: false
                  capabilities:
                    drop:
                    - ALL
              initContainers:
              - image: registry.k8s.io/pause
                name: initcontainer1
                securityContext:
                  allowPrivilegeEscalation: false
                  capabilities:
                    drop:
                    - ALL
              securityContext:
                runAsNonRoot: true
                seccompProfile:
                  type: RuntimeDefault
              volumes:
              - name: volume1
                portworxVolume:
                  fsType: ext4
                  volumeID: test
            """, "fail" },

        // restricted/v1.35/fail/restrictedvolumes17.yaml
        { "restrictedVolumes", """
            spec:
              containers:
              - image: registry.k8s.io/pause
                name: container1
                securityContext:
                  allowPrivilegeEscalation: false
                  capabilities:
                    drop:
                    - ALL
              initContainers:
              - image: registry.k8s.io/pause
                name: initcontainer1
                securityContext:
                  allowPrivilegeEscalation: false
                  capabilities:
                    drop:
                    - ALL
              securityContext:
                runAsNonRoot: true
                seccompProfile:
                  type: RuntimeDefault
              volumes:
              - name: volume1
                scaleIO:
                  gateway: localhost
                  secretRef: null
                  system: test
                  volumeName: test
            """, "fail" },

        // restricted/v1.35/fail/restrictedvolumes18.yaml
        { "restrictedVolumes", """
            spec:
              containers:
              - image: registry.k8s.io/pause
                name: container1
                securityContext:
                  allowPrivilegeEscalation: false
                  capabilities:
                    drop:
                    - ALL
              initContainers:
              - image: registry.k8s.io/pause
                name: initcontainer1
                securityContext:
                  allowPrivilegeEscalation: false
                  capabilities:
                    drop:
                    - ALL
              securityContext:
                runAsNonRoot: true
                seccompProfile:
                  type: RuntimeDefault
              volumes:
              - name: volume1
                storageos:
                  volumeName: test
            """, "fail" },

        // restricted/v1.35/fail/restrictedvolumes19.yaml
        { "restrictedVolumes", """
            spec:
              containers:
              - image: registry.k8s.io/pause
                name: container1
                securityContext:
                  allowPrivilegeEscalation: false
                  capabilities:
                    drop:
                    - ALL
              initContainers:
              - image: registry.k8s.io/pause
                name: initcontainer1
                securityContext:
                  allowPrivilegeEscalation: false
                  capabilities:
                    drop:
                    - ALL
              securityContext:
                runAsNonRoot: true
                seccompProfile:
                  type: RuntimeDefault
              volumes:
              - hostPath:
                  path: /dev/null
                name: volume1
            """, "fail" },

        // runAsNonRoot
        // restricted/v1.35/pass/runasnonroot0.yaml
        { "runAsNonRoot", """
            spec:
              containers:
              - image: registry.k8s.io/pause
                name: container1
                securityContext:
                  allowPrivilegeEscalation: false
                  capabilities:
                    drop:
                    - ALL
              initContainers:
              - image: registry.k8s.io/pause
                name: initcontainer1
                securityContext:
                  allowPrivilegeEscalation: false
                  capabilities:
                    drop:
                    - ALL
              securityContext:
                runAsNonRoot: true
                seccompProfile:
                  type: RuntimeDefault
            """, "pass" },

        // restricted/v1.35/pass/runasnonroot1.yaml
        { "runAsNonRoot", """
            spec:
              containers:
              - image: registry.k8s.io/pause
                name: container1
                securityContext:
                  allowPrivilegeEscalation: false
                  capabilities:
                    drop:
                    - ALL
                  runAsNonRoot: true
              initContainers:
              - image: registry.k8s.io/pause
                name: initcontainer1
                securityContext:
                  allowPrivilegeEscalation: false
                  capabilities:
                    drop:
                    - ALL
                  runAsNonRoot: true
              securityContext:
                seccompProfile:
                  type: RuntimeDefault
            """, "pass" },

        // restricted/v1.35/fail/runasnonroot0.yaml
        { "runAsNonRoot", """
            spec:
              containers:
              - image: registry.k8s.io/pause
                name: container1
                securityContext:
                  allowPrivilegeEscalation: false
                  capabilities:
                    drop:
                    - ALL
              initContainers:
              - image: registry.k8s.io/pause
                name: initcontainer1
                securityContext:
                  allowPrivilegeEscalation: false
                  capabilities:
                    drop:
                    - ALL
              securityContext:
                seccompProfile:
                  type: RuntimeDefault
            """, "fail" },

        // restricted/v1.35/fail/runasnonroot1.yaml
        { "runAsNonRoot", """
            spec:
              containers:
              - image: registry.k8s.io/pause
                name: container1
                securityContext:
                  allowPrivilegeEscalation: false
                  capabilities:
                    drop:
                    - ALL
              initContainers:
              - image: registry.k8s.io/pause
                name: initcontainer1
                securityContext:
                  allowPrivilegeEscalation: false
                  capabilities:
                    drop:
                    - ALL
              securityContext:
                runAsNonRoot: false
                seccompProfile:
                  type: RuntimeDefault
            """, "fail" },

        // restricted/v1.35/fail/runasnonroot2.yaml
        { "runAsNonRoot", """
            spec:
              containers:
              - image: registry.k8s.io/pause
                name: container1
                securityContext:
                  allowPrivilegeEscalation: false
                  capabilities:
                    drop:
                    - ALL
                  runAsNonRoot: false
              initContainers:
              - image: registry.k8s.io/pause
                name: initcontainer1
                securityContext:
                  allowPrivilegeEscalation: false
                  capabilities:
                    drop:
                    - ALL
              securityContext:
                runAsNonRoot: true
                seccompProfile:
                  type: RuntimeDefault
            """, "fail" },

        // restricted/v1.35/fail/runasnonroot3.yaml
        { "runAsNonRoot", """
            spec:
              containers:
              - image: registry.k8s.io/pause
                name: container1
                securityContext:
                  allowPrivilegeEscalation: false
                  capabilities:
                    drop:
                    - ALL
              initContainers:
              - image: registry.k8s.io/pause
                name: initcontainer1
                securityContext:
                  allowPrivilegeEscalation: false
                  capabilities:
                    drop:
                    - ALL
                  runAsNonRoot: false
              securityContext:
                runAsNonRoot: true
                seccompProfile:
                  type: RuntimeDefault
            """, "fail" },

        // runAsUser
        // restricted/v1.35/pass/runasuser0.yaml
        { "runAsUser", """
            spec:
              containers:
              - image: registry.k8s.io/pause
                name: container1
                securityContext:
                  allowPrivilegeEscalation: false
                  capabilities:
                    drop:
                    - ALL
                  runAsUser: 1000
              initContainers:
              - image: registry.k8s.io/pause
                name: initcontainer1
                securityContext:
                  allowPrivilegeEscalation: false
                  capabilities:
                    drop:
                    - ALL
                  runAsUser: 1000
              securityContext:
                runAsNonRoot: true
                runAsUser: 1000
                seccompProfile:
                  type: RuntimeDefault
            """, "pass" },

        // restricted/v1.35/fail/runasuser0.yaml
        { "runAsUser", """
            spec:
              containers:
              - image: registry.k8s.io/pause
                name: container1
                securityContext:
                  allowPrivilegeEscalation: false
                  capabilities:
                    drop:
                    - ALL
              initContainers:
              - image: registry.k8s.io/pause
                name: initcontainer1
                securityContext:
                  allowPrivilegeEscalation: false
                  capabilities:
                    drop:
                    - ALL
              securityContext:
                runAsNonRoot: true
                runAsUser: 0
                seccompProfile:
                  type: RuntimeDefault
            """, "fail" },

        // restricted/v1.35/fail/runasuser1.yaml
        { "runAsUser", """
            spec:
              containers:
              - image: registry.k8s.io/pause
                name: container1
                securityContext:
                  allowPrivilegeEscalation: false
                  capabilities:
                    drop:
                    - ALL
                  runAsUser: 0
              initContainers:
              - image: registry.k8s.io/pause
                name: initcontainer1
                securityContext:
                  allowPrivilegeEscalation: false
                  capabilities:
                    drop:
                    - ALL
              securityContext:
                runAsNonRoot: true
                seccompProfile:
                  type: RuntimeDefault
            """, "fail" },

        // restricted/v1.35/fail/runasuser2.yaml
        { "runAsUser", """
            spec:
              containers:
              - image: registry.k8s.io/pause
                name: container1
                securityContext:
                  allowPrivilegeEscalation: false
                  capabilities:
                    drop:
                    - ALL
              initContainers:
              - image: registry.k8s.io/pause
                name: initcontainer1
                securityContext:
                  allowPrivilegeEscalation: false
                  capabilities:
                    drop:
                    - ALL
                  runAsUser: 0
              securityContext:
                runAsNonRoot: true
                seccompProfile:
                  type: RuntimeDefault
            """, "fail" },

        // seccompProfile_restricted
        // restricted/v1.35/pass/seccompprofile_restricted0.yaml
        { "seccompProfile_restricted", """
            spec:
              containers:
              - image: registry.k8s.io/pause
                name: container1
                securityContext:
                  allowPrivilegeEscalation: false
                  capabilities:
                    drop:
                    - ALL
              initContainers:
              - image: registry.k8s.io/pause
                name: initcontainer1
                securityContext:
                  allowPrivilegeEscalation: false
                  capabilities:
                    drop:
                    - ALL
              securityContext:
                runAsNonRoot: true
                seccompProfile:
                  type: RuntimeDefault
            """, "pass" },

        // restricted/v1.35/pass/seccompprofile_restricted1.yaml
        { "seccompProfile_restricted", """
            spec:
              containers:
              - image: registry.k8s.io/pause
                name: container1
                securityContext:
                  allowPrivilegeEscalation: false
                  capabilities:
                    drop:
                    - ALL
              initContainers:
              - image: registry.k8s.io/pause
                name: initcontainer1
                securityContext:
                  allowPrivilegeEscalation: false
                  capabilities:
                    drop:
                    - ALL
              securityContext:
                runAsNonRoot: true
                seccompProfile:
                  localhostProfile: testing
                  type: Localhost
            """, "pass" },

        // restricted/v1.35/pass/seccompprofile_restricted2.yaml
        { "seccompProfile_restricted", """
            spec:
              containers:
              - image: registry.k8s.io/pause
                name: container1
                securityContext:
                  allowPrivilegeEscalation: false
                  capabilities:
                    drop:
                    - ALL
                  seccompProfile:
                    type: RuntimeDefault
              initContainers:
              - image: registry.k8s.io/pause
                name: initcontainer1
                securityContext:
                  allowPrivilegeEscalation: false
                  capabilities:
                    drop:
                    - ALL
                  seccompProfile:
                    localhostProfile: testing
                    type: Localhost
              securityContext:
                runAsNonRoot: true
            """, "pass" },

        // restricted/v1.35/fail/seccompprofile_restricted0.yaml
        { "seccompProfile_restricted", """
            spec:
              containers:
              - image: registry.k8s.io/pause
                name: container1
                securityContext:
                  allowPrivilegeEscalation: false
                  capabilities:
                    drop:
                    - ALL
              initContainers:
              - image: registry.k8s.io/pause
                name: initcontainer1
                securityContext:
                  allowPrivilegeEscalation: false
                  capabilities:
                    drop:
                    - ALL
              securityContext:
                runAsNonRoot: true
            """, "fail" },

        // restricted/v1.35/fail/seccompprofile_restricted1.yaml
        { "seccompProfile_restricted", """
            spec:
              containers:
              - image: registry.k8s.io/pause
                name: container1
                securityContext:
                  allowPrivilegeEscalation: false
                  capabilities:
                    drop:
                    - ALL
              initContainers:
              - image: registry.k8s.io/pause
                name: initcontainer1
                securityContext:
                  allowPrivilegeEscalation: false
                  capabilities:
                    drop:
                    - ALL
              securityContext:
                runAsNonRoot: true
                seccompProfile:
                  type: Unconfined
            """, "fail" },

        // restricted/v1.35/fail/seccompprofile_restricted2.yaml
        { "seccompProfile_restricted", """
            spec:
              containers:
              - image: registry.k8s.io/pause
                name: container1
                securityContext:
                  allowPrivilegeEscalation: false
                  capabilities:
                    drop:
                    - ALL
                  seccompProfile:
                    type: RuntimeDefault
              initContainers:
              - image: registry.k8s.io/pause
                name: initcontainer1
                securityContext:
                  allowPrivilegeEscalation: false
                  capabilities:
                    drop:
                    - ALL
              securityContext:
                runAsNonRoot: true
            """, "fail" },

        // restricted/v1.35/fail/seccompprofile_restricted3.yaml
        { "seccompProfile_restricted", """
            spec:
              containers:
              - image: registry.k8s.io/pause
                name: container1
                securityContext:
                  allowPrivilegeEscalation: false
                  capabilities:
                    drop:
                    - ALL
              initContainers:
              - image: registry.k8s.io/pause
                name: initcontainer1
                securityContext:
                  allowPrivilegeEscalation: false
                  capabilities:
                    drop:
                    - ALL
                  seccompProfile:
                    type: RuntimeDefault
              securityContext:
                runAsNonRoot: true
            """, "fail" },

        // restricted/v1.35/fail/seccompprofile_restricted4.yaml
        { "seccompProfile_restricted", """
            spec:
              containers:
              - image: registry.k8s.io/pause
                name: container1
                securityContext:
                  allowPrivilegeEscalation: false
                  capabilities:
                    drop:
                    - ALL
                  seccompProfile:
                    type: RuntimeDefault
              initContainers:
              - image: registry.k8s.io/pause
                name: initcontainer1
                securityContext:
                  allowPrivilegeEscalation: false
                  capabilities:
                    drop:
                    - ALL
                  seccompProfile:
                    type: Unconfined
              securityContext:
                runAsNonRoot: true
            """, "fail" },
    };
}
