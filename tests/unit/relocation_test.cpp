// loader/relocation.h: the rule of spec/phpo-format.md, "Relocation".
#include <doctest/doctest.h>

#include <string>

#include "loader/relocation.h"

namespace {

std::string moved(const phpovm::Relocation& r, const std::string& s) {
  std::string out;
  return r.apply(s, out) ? out : s;
}

}  // namespace

TEST_CASE("relocation moves the file, its directory and paths under it, wherever they stand") {
  phpovm::Relocation r("/home/dev/app/src/a.php", "/srv/app/src/a.php");
  CHECK(r.active());
  CHECK(moved(r, "/home/dev/app/src/a.php") == "/srv/app/src/a.php");
  CHECK(moved(r, "/home/dev/app/src") == "/srv/app/src");
  CHECK(moved(r, "/home/dev/app/src/../vendor/autoload.php") == "/srv/app/src/../vendor/autoload.php");
  CHECK(moved(r, "Loaded from /home/dev/app/src\n") == "Loaded from /srv/app/src\n");
  const std::string anonymous = std::string("class@anonymous") + '\0';
  CHECK(moved(r, anonymous + "/home/dev/app/src/a.php:3$0") == anonymous + "/srv/app/src/a.php:3$0");
  CHECK(moved(r, "/home/dev/app/src/a.php and /home/dev/app/src/b.php") == "/srv/app/src/a.php and /srv/app/src/b.php");
}

TEST_CASE("relocation leaves other paths alone") {
  phpovm::Relocation r("/home/dev/app/src/a.php", "/srv/app/src/a.php");
  CHECK(moved(r, "/home/dev/app/src2/x.php") == "/home/dev/app/src2/x.php");
  CHECK(moved(r, "/home/dev/app/src.bak") == "/home/dev/app/src.bak");
  CHECK(moved(r, "/home/dev/app") == "/home/dev/app");
  CHECK(moved(r, "src/a.php") == "src/a.php");
  CHECK(moved(r, "") == "");
}

TEST_CASE("relocation to and from the root directory") {
  phpovm::Relocation to_root("/app/a.php", "/a.phpo");
  CHECK(moved(to_root, "/app/a.php") == "/a.phpo");
  CHECK(moved(to_root, "/app/x.php") == "/x.php");
  CHECK(moved(to_root, "/app") == "/");
  phpovm::Relocation from_root("/a.php", "/app/a.php");
  CHECK(moved(from_root, "/a.php") == "/app/a.php");
  CHECK(moved(from_root, "/usr/share/php/x.php") == "/usr/share/php/x.php");
}

TEST_CASE("an image where it was compiled relocates nothing") {
  CHECK_FALSE(phpovm::Relocation("/app/a.php", "/app/a.php").active());
  CHECK_FALSE(phpovm::Relocation("/app/a.php", "").active());
  CHECK_FALSE(phpovm::Relocation().active());
}
