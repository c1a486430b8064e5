package io.github.weisheng.access;

import io.github.weisheng.spi.access.AccessPolicy;
import io.github.weisheng.spi.access.Principal;
import io.github.weisheng.spi.tck.AccessPolicyContract;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** The built-in policy passes the access-policy kit, with every staff role as a sample principal. */
class DefaultAccessPolicyContractTest extends AccessPolicyContract {

  @Override
  protected AccessPolicy policy() {
    return DefaultAccessPolicy.defaults();
  }

  @Override
  protected List<Principal> samplePrincipals() {
    List<Principal> principals = new ArrayList<>(super.samplePrincipals());
    for (StaffRole role : StaffRole.values()) {
      principals.add(Principal.of("staff-" + role.roleName(), Set.of(role.roleName()), Set.of("110101001")));
    }
    return principals;
  }
}
