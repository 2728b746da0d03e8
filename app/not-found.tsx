import { NotFoundMessage } from "@/components/shell/NotFoundMessage";

export default function NotFound() {
  return <NotFoundMessage />;
}
