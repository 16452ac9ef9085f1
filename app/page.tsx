import { EditionView } from '@/components/edition-view';
import { getNewestEdition } from '@/lib/catalogue/queries';

export default async function HomePage() {
  const edition = await getNewestEdition();
  if (!edition) {
    return (
      <div className="empty">
        <h1>No edition yet</h1>
        <p>The catalogue has no digest edition. Add one under content/editions/ and run npm run content:load.</p>
      </div>
    );
  }
  return <EditionView edition={edition} />;
}
