/** English UI text of URL routing (issue 15): notes on what a link asked for and could not get; merged into `en`. */
export const enRouting = {
  'route.title': 'This link could not be followed in full',
  'route.unknownView': 'It names a view “{view}” that this version of Segmap does not have, so Customers is shown.',
  'route.missingDataset':
    'Its dataset (number {id}) is not stored on this device, so another dataset is open. A link holds the place in the app, not the data: import or restore the data here to open it.',
  'route.missingCustomer': 'Customer “{customer}” is not in the dataset “{dataset}”. Find the customer below.',
  'route.badSetting': 'Its setting {name} = “{value}” is not one Segmap knows, so the stored setting is used.',
  'route.dismiss': 'Dismiss',
} as const;
