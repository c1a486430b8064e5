package io.github.weisheng.access;

import io.github.weisheng.spi.access.AccessPolicy;
import io.github.weisheng.spi.access.Principal;
import io.github.weisheng.spi.access.Resource;
import io.github.weisheng.spi.access.Sensitivity;
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

  /** The kit's resources, the community records, which have their own grants, and the infectious-disease records. */
  @Override
  protected List<Resource> sampleResources() {
    List<Resource> resources = new ArrayList<>(super.sampleResources());
    resources.add(Resource.of("sanitation.campaign", "phm-2026", "110101001", Sensitivity.PUBLIC));
    resources.add(Resource.of("sanitation.activity", "a-1", "110101001002", Sensitivity.PUBLIC));
    resources.add(Resource.of("sanitation.activity", "", "110102001", Sensitivity.PUBLIC));
    resources.add(Resource.of("education.activity", "e-1", "110101002001", Sensitivity.PUBLIC));
    // infectious-disease case reports and follow-ups: personal records, and their aggregates
    resources.add(Resource.of("infectious.case", "c-1", "110101001001", Sensitivity.IDENTIFIED));
    resources.add(Resource.of("infectious.follow-up", "f-1", "110101001001", Sensitivity.IDENTIFIED));
    resources.add(Resource.of("infectious.case", "", "110102001", Sensitivity.IDENTIFIED));
    resources.add(Resource.of("infectious.follow-up", "", "110101001", Sensitivity.DE_IDENTIFIED));
    return resources;
  }
}
